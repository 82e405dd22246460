import type { Client360 } from '../../../../../shared/api';
import { ASSET_CLASSES } from '../../../../../shared/domain';

type Slice = Client360['allocation'][number];
export type AssetClass = Slice['assetClass'];

/** A weight as the donut's `data-slices` carries it: 4 decimals. */
export function roundWeight(weight: number): number {
  return Math.round(weight * 10_000) / 10_000;
}

/**
 * The allocation as exposed on the donut for tests (`data-slices`): the host's slices in the
 * host's order, `{ assetClass, weight }` with the weight rounded to 4 decimals.
 */
export function sliceData(allocation: readonly Slice[]): { assetClass: AssetClass; weight: number }[] {
  return allocation.map((slice) => ({ assetClass: slice.assetClass, weight: roundWeight(slice.weight) }));
}

/** The slices worth drawing: a value above zero, in the glossary's asset-class order. */
export function drawnSlices(allocation: readonly Slice[]): Slice[] {
  const order = (assetClass: AssetClass) => ASSET_CLASSES.indexOf(assetClass);
  return allocation.filter((slice) => slice.marketValueFen > 0).sort((a, b) => order(a.assetClass) - order(b.assetClass));
}

/** One colour per asset class, the same on screen and in the printed reports. */
export { ASSET_CLASS_COLORS } from '../../../../../shared/theme/palette';

import type { AssetClass, ModelPortfolio, ProductRiskRating } from '../domain';
import { ASSET_CLASSES } from '../domain/enums';
import type { SuitabilityRule, SuitabilityVerdict } from '../rules/suitability';

export interface Position {
  productId: string;
  productName: string;
  assetClass: AssetClass;
  riskRating: ProductRiskRating;
  marketValueFen: number;
  costFen: number;
}

/** One product over this share of the portfolio is a concentration (the 15 %). */
export const CONCENTRATION_LIMIT = 0.15;

export interface ClassLine {
  assetClass: AssetClass;
  valueFen: number;
  /** Current share of the portfolio, 0…1. */
  current: number;
  target: number;
  min: number;
  max: number;
  /** current − target, in weight. */
  drift: number;
  /** drift ÷ target; null when the target is zero. */
  relativeDrift: number | null;
  breach: 'below' | 'above' | null;
  /** Buy (positive) or sell (negative) to reach the target, in fen; the column sums to zero. */
  rebalanceFen: number;
}

/**
 * Current allocation against the model for the client's risk level: weights by asset class,
 * drift (absolute and relative), the model's tolerance bands, and the amounts that reach the
 * target. Amounts are in whole fen and sum to exactly zero (largest-remainder rounding). Classes
 * the model does not name have a target of zero and a band of [0, 0].
 */
export function allocationLines(positions: readonly Position[], model: ModelPortfolio | null): ClassLine[] {
  const total = positions.reduce((sum, p) => sum + p.marketValueFen, 0);
  const value = new Map<AssetClass, number>(ASSET_CLASSES.map((c) => [c, 0]));
  for (const p of positions) value.set(p.assetClass, (value.get(p.assetClass) ?? 0) + p.marketValueFen);
  const weights = new Map((model?.weights ?? []).map((w) => [w.assetClass, w]));
  const lines = ASSET_CLASSES.map((assetClass) => {
    const valueFen = value.get(assetClass) ?? 0;
    const w = weights.get(assetClass);
    const current = total > 0 ? valueFen / total : 0;
    const target = w?.target ?? 0;
    const min = w?.min ?? 0;
    const max = w?.max ?? 0;
    const drift = current - target;
    return {
      assetClass,
      valueFen,
      current,
      target,
      min,
      max,
      drift,
      relativeDrift: target > 0 ? drift / target : null,
      breach: current < min - 1e-12 ? ('below' as const) : current > max + 1e-12 ? ('above' as const) : null,
      rebalanceFen: 0,
    };
  });
  const amounts = roundToZeroSum(lines.map((l) => l.target * total - l.valueFen));
  lines.forEach((line, i) => (line.rebalanceFen = amounts[i] ?? 0));
  return lines;
}

/**
 * Rounds amounts that sum to (about) zero into whole fen that sum to exactly zero: floor each,
 * then give the missing fen to the largest remainders.
 */
export function roundToZeroSum(amounts: readonly number[]): number[] {
  const floors = amounts.map(Math.floor);
  let missing = -floors.reduce((a, b) => a + b, 0);
  const order = amounts.map((a, i) => ({ i, rest: a - Math.floor(a) })).sort((x, y) => y.rest - x.rest);
  const result = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    missing -= 1;
  }
  return result;
}

/** Products above the concentration limit, largest first. */
export function concentrations(positions: readonly Position[], limit = CONCENTRATION_LIMIT): { productId: string; productName: string; weight: number }[] {
  const total = positions.reduce((sum, p) => sum + p.marketValueFen, 0);
  if (total <= 0) return [];
  const byProduct = new Map<string, { productName: string; value: number }>();
  for (const p of positions) {
    const entry = byProduct.get(p.productId) ?? { productName: p.productName, value: 0 };
    entry.value += p.marketValueFen;
    byProduct.set(p.productId, entry);
  }
  return [...byProduct]
    .map(([productId, { productName, value }]) => ({ productId, productName, weight: value / total }))
    .filter((c) => c.weight > limit)
    .sort((a, b) => b.weight - a.weight);
}

export interface Suggestion {
  assetClass: AssetClass;
  productId: string;
  productName: string;
  riskRating: ProductRiskRating;
  amountFen: number;
  /** The product judged for this client (`shared/rules/suitability.ts`): the report says why. */
  suitability: SuitabilityVerdict;
}

/**
 * Rebalancing suggestions: for each class to buy, the model's first suggested product, with its
 * suitability for the client (level and assessment: the rule applies to suggestions as to
 * holdings). The caller gives the rule, built for the client on the report's day.
 */
export function suggestions(
  lines: readonly ClassLine[],
  model: ModelPortfolio | null,
  products: ReadonlyMap<string, { name: string; riskRating: ProductRiskRating }>,
  suitability: Pick<SuitabilityRule, 'of'>,
): Suggestion[] {
  const weights = new Map((model?.weights ?? []).map((w) => [w.assetClass, w]));
  return lines.flatMap((line) => {
    if (line.rebalanceFen <= 0) return [];
    const productId = weights.get(line.assetClass)?.suggestedProductIds[0];
    const product = productId ? products.get(productId) : undefined;
    if (!productId || !product) return [];
    return [{ assetClass: line.assetClass, productId, productName: product.name, riskRating: product.riskRating, amountFen: line.rebalanceFen, suitability: suitability.of(product.riskRating) }];
  });
}

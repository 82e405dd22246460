import type { HoldingLine } from '../../../../../shared/api';
import { ASSET_CLASSES } from '../../../../../shared/domain';
import type { AssetClass } from './allocationSlices';

export interface HoldingGroupRow {
  kind: 'group';
  key: string;
  assetClass: AssetClass;
  marketValueFen: number;
  weight: number;
  count: number;
}

export interface HoldingLineRow {
  kind: 'line';
  key: string;
  line: HoldingLine;
}

export type HoldingTableRow = HoldingGroupRow | HoldingLineRow;

/**
 * The holdings table's rows: one heading row per asset class (glossary order) with its subtotal
 * and weight, followed by that class's lines, largest market value first.
 */
export function holdingRows(holdings: readonly HoldingLine[]): HoldingTableRow[] {
  const rows: HoldingTableRow[] = [];
  for (const assetClass of ASSET_CLASSES) {
    const lines = holdings.filter((line) => line.assetClass === assetClass).sort((a, b) => b.marketValueFen - a.marketValueFen || a.productName.localeCompare(b.productName));
    if (lines.length === 0) continue;
    rows.push({
      kind: 'group',
      key: `group:${assetClass}`,
      assetClass,
      marketValueFen: lines.reduce((sum, line) => sum + line.marketValueFen, 0),
      weight: lines.reduce((sum, line) => sum + line.weight, 0),
      count: lines.length,
    });
    for (const line of lines) rows.push({ kind: 'line', key: line.id, line });
  }
  return rows;
}

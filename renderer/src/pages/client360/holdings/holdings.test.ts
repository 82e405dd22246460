import { describe, expect, it } from 'vitest';
import type { HoldingLine } from '../../../../../shared/api';
import { drawnSlices, roundWeight, sliceData } from './allocationSlices';
import { holdingRows } from './holdingRows';

const allocation = [
  { assetClass: 'equity', marketValueFen: 3_000_000_00, weight: 0.333333333 },
  { assetClass: 'cash', marketValueFen: 6_000_000_00, weight: 0.666666667 },
  { assetClass: 'insurance', marketValueFen: 0, weight: 0 },
] as const;

function line(id: string, assetClass: HoldingLine['assetClass'], marketValueFen: number, weight: number): HoldingLine {
  return {
    id,
    productId: `p-${id}`,
    productCode: `C${id}`,
    productName: `产品${id}`,
    assetClass,
    riskRating: 'R2',
    marketValueFen,
    costFen: marketValueFen,
    weight,
    returnSinceCost: 0,
    unsuitable: false,
    suitability: 'suitable',
    asOf: '2026-03-01',
  };
}

describe('allocation slices', () => {
  it('exposes the host’s slices, in its order, weights rounded to 4 decimals', () => {
    expect(sliceData([...allocation])).toEqual([
      { assetClass: 'equity', weight: 0.3333 },
      { assetClass: 'cash', weight: 0.6667 },
      { assetClass: 'insurance', weight: 0 },
    ]);
    expect(roundWeight(0.12345)).toBe(0.1235);
    expect(roundWeight(1)).toBe(1);
    expect(sliceData([])).toEqual([]);
  });

  it('draws only slices with value, in glossary order', () => {
    expect(drawnSlices([...allocation]).map((slice) => slice.assetClass)).toEqual(['cash', 'equity']);
  });
});

describe('holding rows', () => {
  it('groups lines by asset class with subtotals, largest first within a class', () => {
    const rows = holdingRows([line('1', 'equity', 100, 0.1), line('2', 'cash', 500, 0.5), line('3', 'equity', 400, 0.4)]);
    expect(rows.map((row) => (row.kind === 'group' ? `group:${row.assetClass}` : row.line.id))).toEqual(['group:cash', '2', 'group:equity', '3', '1']);
    const equity = rows[2];
    expect(equity).toMatchObject({ kind: 'group', marketValueFen: 500, count: 2 });
    expect(equity?.kind === 'group' && equity.weight).toBeCloseTo(0.5);
  });

  it('is empty without holdings', () => {
    expect(holdingRows([])).toEqual([]);
  });
});

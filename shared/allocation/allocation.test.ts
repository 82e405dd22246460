import { describe, expect, it } from 'vitest';
import type { ModelPortfolio } from '../domain';
import { allocationLines, concentrations, roundToZeroSum, suggestions } from './allocation';
import type { Position } from './allocation';
import { suitabilityRule } from '../rules/suitability';
import { intervalReturns, navOn, netValueCurve } from './returns';

const pos = (productId: string, assetClass: Position['assetClass'], yuan: number, riskRating: Position['riskRating'] = 'R2'): Position => ({
  productId,
  productName: productId,
  assetClass,
  riskRating,
  marketValueFen: yuan * 100,
  costFen: yuan * 100,
});

const model: ModelPortfolio = {
  id: 'M3',
  riskLevel: 'C3',
  name: '稳健型',
  weights: [
    { assetClass: 'cash', target: 0.1, min: 0.05, max: 0.15, suggestedProductIds: ['CASH1'] },
    { assetClass: 'fixed_income', target: 0.5, min: 0.4, max: 0.6, suggestedProductIds: ['FI1'] },
    { assetClass: 'equity', target: 0.3, min: 0.2, max: 0.4, suggestedProductIds: ['EQ5'] },
    { assetClass: 'alternative', target: 0.05, min: 0, max: 0.1, suggestedProductIds: [] },
    { assetClass: 'insurance', target: 0.05, min: 0, max: 0.1, suggestedProductIds: [] },
  ],
  version: 1,
  deleted: false,
};

describe('allocation against the model', () => {
  // 1,000,000 yuan: cash 300k, fixed income 400k, equity 300k.
  const positions = [pos('CASH1', 'cash', 300_000), pos('FI1', 'fixed_income', 250_000), pos('FI2', 'fixed_income', 150_000), pos('EQ1', 'equity', 300_000)];
  const lines = allocationLines(positions, model);
  const by = (c: string) => lines.find((l) => l.assetClass === c)!;

  it('weighs each class and measures drift against the target, absolute and relative', () => {
    expect(by('cash')).toMatchObject({ valueFen: 30_000_000, current: 0.3, target: 0.1, breach: 'above' });
    expect(by('cash').drift).toBeCloseTo(0.2, 12);
    expect(by('cash').relativeDrift).toBeCloseTo(2, 12);
    expect(by('fixed_income')).toMatchObject({ current: 0.4, breach: null }); // on the band's edge is inside
    expect(by('fixed_income').drift).toBeCloseTo(-0.1, 12);
    expect(by('alternative')).toMatchObject({ current: 0, drift: -0.05, breach: null });
    expect(by('insurance').relativeDrift).toBeCloseTo(-1, 12);
  });

  it('finds the amounts that reach the target, in fen, summing to zero', () => {
    expect(lines.map((l) => l.rebalanceFen)).toEqual([-20_000_000, 10_000_000, 0, 5_000_000, 5_000_000]);
    expect(lines.reduce((s, l) => s + l.rebalanceFen, 0)).toBe(0);
  });

  it('rounds amounts with fractions of a fen to whole fen that still sum to zero', () => {
    expect(roundToZeroSum([1.4, 1.4, -2.8])).toEqual([2, 1, -3]);
    const odd = allocationLines([pos('A', 'cash', 1), pos('B', 'equity', 2)], model); // 300 fen in all
    expect(odd.reduce((s, l) => s + l.rebalanceFen, 0)).toBe(0);
    expect(odd.every((l) => Number.isInteger(l.rebalanceFen))).toBe(true);
  });

  it('handles no holdings and no model without dividing by zero', () => {
    expect(allocationLines([], model).every((l) => l.current === 0 && l.rebalanceFen === 0)).toBe(true);
    expect(allocationLines(positions, null).every((l) => l.target === 0)).toBe(true);
  });

  it('flags products over 15 % of the portfolio, largest first', () => {
    expect(concentrations(positions).map((c) => [c.productId, c.weight])).toEqual([
      ['CASH1', 0.3],
      ['EQ1', 0.3],
      ['FI1', 0.25],
    ]);
    expect(concentrations([pos('A', 'cash', 15), pos('B', 'cash', 85)]).map((c) => c.productId)).toEqual(['B']); // exactly 15 % is not over
  });

  it('suggests the model product for each class to buy, judged for the client: above the level, or on an expired assessment', () => {
    const products = new Map([
      ['FI1', { name: '债券', riskRating: 'R2' as const }],
      ['EQ5', { name: '股票', riskRating: 'R4' as const }],
    ]);
    const withEquityGap = allocationLines([pos('CASH1', 'cash', 500_000), pos('FI1', 'fixed_income', 500_000)], model);
    const onDay = (riskAssessedAt: string) => suggestions(withEquityGap, model, products, suitabilityRule({ riskLevel: 'C3', riskAssessedAt }, '2026-11-28'));
    const s = onDay('2026-03-15');
    expect(s.map((x) => [x.assetClass, x.productId, x.suitability])).toEqual([['equity', 'EQ5', { suitable: false, reason: 'exceeds_risk' }]]);
    expect(s[0]!.amountFen).toBe(30_000_000);
    expect(onDay('2025-11-28').map((x) => x.suitability.reason)).toEqual(['assessment_expired']);
  });
});

describe('returns from NAV series', () => {
  const points = [
    ['2025-11-28', 1.0],
    ['2025-12-31', 1.1],
    ['2026-08-28', 1.2],
    ['2026-10-28', 1.25],
    ['2026-11-27', 1.32],
  ] as const;

  it('takes the last NAV on or before a day', () => {
    expect(navOn(points, '2026-11-28')).toBe(1.32);
    expect(navOn(points, '2026-09-01')).toBe(1.2);
    expect(navOn(points, '2025-01-01')).toBeNull();
  });

  it('computes 1M, 3M, YTD and 1Y returns by hand', () => {
    const r = intervalReturns(points, { year: 2026, month: 11, day: 28 });
    expect(r['1M']).toBeCloseTo(1.32 / 1.25 - 1, 12);
    expect(r['3M']).toBeCloseTo(1.32 / 1.2 - 1, 12);
    expect(r.YTD).toBeCloseTo(1.32 / 1.1 - 1, 12);
    expect(r['1Y']).toBeCloseTo(0.32, 12);
  });

  it('says nothing for an interval the series does not reach, or no series at all', () => {
    expect(intervalReturns(points.slice(2), { year: 2026, month: 11, day: 28 })['1Y']).toBeNull();
    expect(intervalReturns([], { year: 2026, month: 11, day: 28 })).toEqual({ '1M': null, '3M': null, YTD: null, '1Y': null });
  });

  it('draws the portfolio curve from 1.0, weighting products by current value', () => {
    const a = [['2026-01-01', 1], ['2026-02-01', 2]] as const;
    const b = [['2026-01-01', 4], ['2026-02-01', 3]] as const;
    const curve = netValueCurve([{ valueFen: 300, points: a }, { valueFen: 100, points: b }], '2026-01-01', '2026-02-01');
    expect(curve[0]).toEqual(['2026-01-01', 1]);
    expect(curve[1]![1]).toBeCloseTo(0.75 * 2 + 0.25 * 0.75, 12);
    expect(netValueCurve([{ valueFen: 100, points: [] }], '2026-01-01', '2026-02-01')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { NavPoint } from '../../shared/allocation';
import { navOn, netValueCurve, portfolioReturn } from '../../shared/allocation';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { thin } from './curve';

/** The curve as its definition reads: a lookup per product per date (the sweep must agree with it). */
function curveByDefinition(holdings: readonly { valueFen: number; points: readonly NavPoint[] }[], from: string, to: string): NavPoint[] {
  const usable = holdings.flatMap((h) => {
    const start = navOn(h.points, from);
    return start !== null && start > 0 && h.valueFen > 0 ? [{ ...h, start }] : [];
  });
  const total = usable.reduce((sum, h) => sum + h.valueFen, 0);
  if (total <= 0) return [];
  const dates = [...new Set(usable.flatMap((h) => h.points.map((p) => p[0]).filter((d) => d >= from && d <= to)))].sort();
  return dates.map((date) => [date, usable.reduce((sum, h) => sum + (h.valueFen / total) * ((navOn(h.points, date) ?? h.start) / h.start), 0)] as const);
}

describe('portfolio curve by sweep', () => {
  const snapshot = reportSnapshot();
  const held = snapshot.holdings.map((h) => ({ valueFen: h.marketValueFen, points: snapshot.navSeries[h.productId] ?? [] }));

  it('is the curve its definition gives, point for point', () => {
    const expected = curveByDefinition(held, '2025-11-28', '2026-11-28');
    const actual = netValueCurve(held, '2025-11-28', '2026-11-28');
    expect(actual.map((p) => p[0])).toEqual(expected.map((p) => p[0]));
    actual.forEach(([, value], i) => expect(value).toBeCloseTo(expected[i]![1], 10));
  });

  it('ends where the interval return says', () => {
    const curve = netValueCurve(held, '2026-08-28', '2026-11-28');
    expect(portfolioReturn(held, '2026-08-28', '2026-11-28')).toBeCloseTo(curve.at(-1)![1] - 1, 10);
    expect(portfolioReturn([{ valueFen: 100, points: [] }], '2026-08-28', '2026-11-28')).toBeNull();
  });

  it('thins a long curve keeping both ends', () => {
    const curve = netValueCurve(held, '2024-11-28', '2026-11-28');
    const thinned = thin(curve, 50);
    expect(thinned).toHaveLength(50);
    expect(thinned[0]).toEqual(curve[0]);
    expect(thinned.at(-1)).toEqual(curve.at(-1));
  });
});

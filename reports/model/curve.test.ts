import { describe, expect, it } from 'vitest';
import { netValueCurve } from '../../shared/allocation';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { portfolioCurve, portfolioReturn, thin } from './curve';

describe('portfolio curve by sweep', () => {
  const snapshot = reportSnapshot();
  const held = snapshot.holdings.map((h) => ({ valueFen: h.marketValueFen, points: snapshot.navSeries[h.productId] ?? [] }));

  it('is the curve of shared netValueCurve, point for point', () => {
    const expected = netValueCurve(held, '2025-11-28', '2026-11-28');
    const actual = portfolioCurve(held, '2025-11-28', '2026-11-28');
    expect(actual.map((p) => p[0])).toEqual(expected.map((p) => p[0]));
    actual.forEach(([, value], i) => expect(value).toBeCloseTo(expected[i]![1], 10));
  });

  it('ends where the interval return says', () => {
    const curve = netValueCurve(held, '2026-08-28', '2026-11-28');
    expect(portfolioReturn(held, '2026-08-28', '2026-11-28')).toBeCloseTo(curve.at(-1)![1] - 1, 10);
    expect(portfolioReturn([{ valueFen: 100, points: [] }], '2026-08-28', '2026-11-28')).toBeNull();
  });

  it('thins a long curve keeping both ends', () => {
    const curve = portfolioCurve(held, '2024-11-28', '2026-11-28');
    const thinned = thin(curve, 50);
    expect(thinned).toHaveLength(50);
    expect(thinned[0]).toEqual(curve[0]);
    expect(thinned.at(-1)).toEqual(curve.at(-1));
  });
});

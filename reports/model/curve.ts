import type { NavPoint } from '../../shared/allocation';
import { navOn } from '../../shared/allocation';

interface Held {
  valueFen: number;
  points: readonly NavPoint[];
}

/**
 * The same curve as shared/allocation's netValueCurve (each product's NAV relative to its NAV at
 * `from`, weighted by current value, 1.0 at the start), computed by one sweep over the NAV points
 * instead of a lookup per product per date. That one is O(dates × products), which a snapshot at
 * its limits (10,000 holdings) turns into minutes; this is O(points · log points).
 */
export function portfolioCurve(holdings: readonly Held[], from: string, to: string): NavPoint[] {
  const usable = holdings.flatMap((h) => {
    const start = navOn(h.points, from);
    return start !== null && start > 0 && h.valueFen > 0 ? [{ ...h, start }] : [];
  });
  const total = usable.reduce((sum, h) => sum + h.valueFen, 0);
  if (total <= 0) return [];
  // Each point inside the period moves its product's contribution from its previous NAV to this one.
  const moves: { date: string; delta: number }[] = [];
  for (const h of usable) {
    const weight = h.valueFen / total;
    let previous = h.start;
    for (const [date, nav] of h.points) {
      if (date < from || date > to) continue;
      moves.push({ date, delta: (weight * (nav - previous)) / h.start });
      previous = nav;
    }
  }
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const curve: NavPoint[] = [];
  let level = 1;
  for (let i = 0; i < moves.length; ) {
    const date = (moves[i] as { date: string }).date;
    for (; i < moves.length && (moves[i] as { date: string }).date === date; i++) level += (moves[i] as { delta: number }).delta;
    curve.push([date, level]);
  }
  return curve;
}

/** The portfolio's return from one day to another: where its curve ends, less one; null when no holding has NAV on `from`. */
export function portfolioReturn(holdings: readonly Held[], from: string, to: string): number | null {
  const usable = holdings.flatMap((h) => {
    const start = navOn(h.points, from);
    const end = navOn(h.points, to);
    return start !== null && start > 0 && end !== null && h.valueFen > 0 ? [{ weight: h.valueFen, ratio: end / start }] : [];
  });
  const total = usable.reduce((sum, h) => sum + h.weight, 0);
  return total > 0 ? usable.reduce((sum, h) => sum + (h.weight / total) * h.ratio, 0) - 1 : null;
}

/** At most `max` points of a curve for drawing, evenly spaced, keeping the first and the last. */
export function thin(curve: readonly NavPoint[], max: number): NavPoint[] {
  if (curve.length <= max) return [...curve];
  const step = (curve.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => curve[Math.round(i * step)] as NavPoint);
}

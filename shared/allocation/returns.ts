import type { DateParts } from '../time/zoned';
import { addMonths, formatDate } from '../time/zoned';

export type NavPoint = readonly [date: string, nav: number];

export const INTERVALS = ['1M', '3M', 'YTD', '1Y'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The last NAV on or before a date, by binary search over a series sorted by date. */
export function navOn(points: readonly NavPoint[], date: string): number | null {
  let lo = 0;
  let hi = points.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const point = points[mid] as NavPoint;
    if (point[0] <= date) {
      found = point[1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The day each interval starts from, for an end date: a month back, three, the last day of last year, a year back. */
export function intervalStart(interval: Interval, end: DateParts): string {
  switch (interval) {
    case '1M':
      return formatDate(addMonths(end, -1));
    case '3M':
      return formatDate(addMonths(end, -3));
    case 'YTD':
      return formatDate({ year: end.year - 1, month: 12, day: 31 });
    case '1Y':
      return formatDate(addMonths(end, -12));
  }
}

/**
 * A product's return over each interval: NAV at the end ÷ NAV at the start − 1, each the last
 * value on or before its date. Null when the series does not reach back to the start (a product
 * younger than the interval, or with no NAV history).
 */
export function intervalReturns(points: readonly NavPoint[], end: DateParts): Record<Interval, number | null> {
  const last = navOn(points, formatDate(end));
  const result = {} as Record<Interval, number | null>;
  for (const interval of INTERVALS) {
    const first = navOn(points, intervalStart(interval, end));
    result[interval] = last !== null && first !== null && first > 0 ? last / first - 1 : null;
  }
  return result;
}

/** A holding with its product's NAV series, for the portfolio's curve and return. */
export interface HeldSeries {
  valueFen: number;
  points: readonly NavPoint[];
}

/** Holdings that count for a period: a value now and a NAV at its start (`start`). */
function usableFrom(holdings: readonly HeldSeries[], from: string) {
  return holdings.flatMap((h) => {
    const start = navOn(h.points, from);
    return start !== null && start > 0 && h.valueFen > 0 ? [{ ...h, start }] : [];
  });
}

/**
 * The portfolio's net-value curve over a period, as the current holdings would have moved:
 * each product's NAV relative to its NAV at the start, weighted by its share of the current
 * value; 1.0 at the start. Products without NAV at the start are left out (and their weight
 * shared among the others); with none left, the curve is empty. One sweep over the NAV points,
 * O(points · log points), so a snapshot at its limits (10,000 holdings) stays fast.
 */
export function netValueCurve(holdings: readonly HeldSeries[], from: string, to: string): NavPoint[] {
  const usable = usableFrom(holdings, from);
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
export function portfolioReturn(holdings: readonly HeldSeries[], from: string, to: string): number | null {
  const usable = usableFrom(holdings, from).flatMap((h) => {
    const end = navOn(h.points, to);
    return end !== null ? [{ weight: h.valueFen, ratio: end / h.start }] : [];
  });
  const total = usable.reduce((sum, h) => sum + h.weight, 0);
  return total > 0 ? usable.reduce((sum, h) => sum + (h.weight / total) * h.ratio, 0) - 1 : null;
}

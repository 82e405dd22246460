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

/**
 * The portfolio's net-value curve over a period, as the current holdings would have moved:
 * each product's NAV relative to its NAV at the start, weighted by its share of the current
 * value; 1.0 at the start. Products without NAV at the start are left out (and their weight
 * shared among the others); with none left, the curve is empty.
 */
export function netValueCurve(holdings: readonly { valueFen: number; points: readonly NavPoint[] }[], from: string, to: string): NavPoint[] {
  const usable = holdings.flatMap((h) => {
    const start = navOn(h.points, from);
    return start !== null && start > 0 && h.valueFen > 0 ? [{ ...h, start }] : [];
  });
  const total = usable.reduce((sum, h) => sum + h.valueFen, 0);
  if (total <= 0) return [];
  const dates = [...new Set(usable.flatMap((h) => h.points.map((p) => p[0]).filter((d) => d >= from && d <= to)))].sort();
  return dates.map((date) => [date, usable.reduce((sum, h) => sum + (h.valueFen / total) * ((navOn(h.points, date) ?? h.start) / h.start), 0)] as const);
}

import type { DateParts } from '../time/zoned';
import { addDays, zonedStartOfDay, zonedWallTime } from '../time/zoned';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Bare dates recur (a year has 365); Intl is slow enough to be worth remembering them. */
const bareDates = new Map<string, number | null>();
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/**
 * An ISO 8601 date or date-time as an instant, read in `timeZone`:
 * - a bare date is the start of that day, or (for `asOf`) its end: the last millisecond;
 * - a date-time with an offset or `Z` is that instant;
 * - a date-time without one is a wall-clock time in the zone.
 * Returns null for text that is none of these (the engine then ignores that date).
 */
export function instantOf(text: string, timeZone: string, bareDate: 'start' | 'end'): number | null {
  const date = DATE.exec(text);
  if (date) {
    const key = `${text}|${timeZone}|${bareDate}`;
    const known = bareDates.get(key);
    if (known !== undefined) return known;
    const day: DateParts = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    const t = !validDay(day) ? null : bareDate === 'start' ? zonedStartOfDay(day, timeZone).getTime() : zonedStartOfDay(addDays(day, 1), timeZone).getTime() - 1;
    if (bareDates.size > 20_000) bareDates.clear();
    bareDates.set(key, t);
    return t;
  }
  const local = LOCAL_DATE_TIME.exec(text);
  if (local) {
    const day: DateParts = { year: Number(local[1]), month: Number(local[2]), day: Number(local[3]) };
    if (!validDay(day)) return null;
    const millisecond = Math.floor(Number(`0.${local[7] ?? '0'}`) * 1000);
    return zonedWallTime(day, { hour: Number(local[4]), minute: Number(local[5]), second: Number(local[6] ?? 0), millisecond }, timeZone).getTime();
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : t;
}

function validDay({ year, month, day }: DateParts): boolean {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

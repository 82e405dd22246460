/**
 * Time helpers for the reference backend. The bank and its clients live in China Standard
 * Time (UTC+8, no daylight saving), so instants are written with an explicit `+08:00` offset
 * and calendar dates are China dates. A fixed offset keeps this independent of the host's TZ.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-02T09:30:00+08:00` for the given instant (seconds precision; the UI never shows less). */
export function toChinaInstant(date: Date): string {
  const shifted = new Date(Math.floor(date.getTime() / 1000) * 1000 + CHINA_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** The China calendar date (`YYYY-MM-DD`) of an instant. */
export function chinaDate(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date; throws on anything that is not a real date. */
export function dayNumber(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches that.
  if (new Date(ms).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`not a real date: ${isoDate}`);
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` for a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekdayOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/**
 * An instant given as China-local minutes since 1970-01-01T00:00+08:00, written with the
 * +08:00 offset. Local minutes make "a weekday at 19:30" trivial arithmetic in the generator.
 */
export function chinaInstantOfMinute(localMinute: number): string {
  return `${new Date(localMinute * MINUTE_MS).toISOString().slice(0, 19)}+08:00`;
}

export const MINUTES_PER_DAY = 24 * 60;

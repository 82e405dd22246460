/**
 * Calendar dates in a time zone, with the platform's Intl data only (no DOM, no Node). The bank
 * works in China time; every "this month" or "today" of the domain is read in a zone.
 */
export const BANK_TIME_ZONE = 'Asia/Shanghai';

export interface DateParts {
  year: number;
  month: number; // 1…12
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

function partsOf(instant: Date, timeZone: string): DateParts & { hour: number; minute: number; second: number } {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return { year: out.year ?? 0, month: out.month ?? 0, day: out.day ?? 0, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

/** The calendar date of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string): DateParts {
  const { year, month, day } = partsOf(instant, timeZone);
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parseDate(date: string): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function zonedDate(instant: Date, timeZone: string): string {
  return formatDate(zonedParts(instant, timeZone));
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant a wall-clock time on a calendar day happens in a zone (the offset is read at that moment). */
export function zonedWallTime(date: DateParts, time: TimeParts, timeZone: string): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second, time.millisecond);
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** The instant a calendar day begins in a zone. */
export function zonedStartOfDay(date: DateParts, timeZone: string): Date {
  return zonedWallTime(date, { hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** Whether the platform knows a zone; Intl throws RangeError for one it does not. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later (or earlier), clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: DateParts, months: number): DateParts {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addDays(date: DateParts, days: number): DateParts {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

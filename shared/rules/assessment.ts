import type { DateParts } from '../time/zoned';
import { addDays, addMonths, daysInMonth, formatDate, parseDate } from '../time/zoned';

/**
 * The risk assessment's validity, decided once (docs/glossary.md, "Risk assessment"): an
 * assessment made on day D (a date in the bank's zone, China time) holds for 12 months, up to and
 * including the day before its anniversary; on the anniversary `expiresOn` = D + 12 months
 * (29 February → 28 February) it has expired. It is "expiring" when it expires within the next
 * 30 days. Core, reports and renderer all read it from here, with "today" in the bank's zone.
 */
export const ASSESSMENT_VALID_MONTHS = 12;
/** "Expiring" means it expires within this many days. */
export const ASSESSMENT_WARNING_DAYS = 30;

export const ASSESSMENT_STATES = ['missing', 'expired', 'expiring', 'valid'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export interface AssessmentStatus {
  state: AssessmentState;
  /** The first day it no longer holds (the anniversary); null when never assessed. */
  expiresOn: string | null;
  /** The last day it holds (the day before `expiresOn`); null when never assessed. */
  validThrough: string | null;
  /** Never assessed counts as expired: nothing may be offered on it. */
  expired: boolean;
  expiringSoon: boolean;
}

type Day = DateParts | string;
const dayText = (day: Day) => (typeof day === 'string' ? day : formatDate(day));
const dayParts = (day: Day) => (typeof day === 'string' ? parseDate(day) : day);

/** The anniversary of an assessment made on `assessedOn` (`YYYY-MM-DD`): its first day expired. */
export function assessmentExpiresOn(assessedOn: string): string {
  return formatDate(addMonths(parseDate(assessedOn), ASSESSMENT_VALID_MONTHS));
}

/** The state on `today` of an assessment that expires on `expiresOn` (null: never assessed). */
export function assessmentStateOfExpiry(expiresOn: string | null, today: Day): AssessmentState {
  if (expiresOn === null) return 'missing';
  if (expiresOn <= dayText(today)) return 'expired';
  if (expiresOn <= formatDate(addDays(dayParts(today), ASSESSMENT_WARNING_DAYS))) return 'expiring';
  return 'valid';
}

/** Whether an assessment made on `assessedOn` (or none) still holds on `today`. */
export function assessmentStatus(assessedOn: string | null, today: Day): AssessmentStatus {
  const expiresOn = assessedOn === null ? null : assessmentExpiresOn(assessedOn);
  const state = assessmentStateOfExpiry(expiresOn, today);
  return {
    state,
    expiresOn,
    validThrough: expiresOn === null ? null : formatDate(addDays(parseDate(expiresOn), -1)),
    expired: state === 'missing' || state === 'expired',
    expiringSoon: state === 'expiring',
  };
}

/**
 * The latest assessment date that has expired by `day`, for filters in SQL over the stored
 * assessment dates: `assessedOn <= assessedOnOrBeforeExpiredBy(day)` exactly when
 * `assessmentExpiresOn(assessedOn) <= day`. A year back from the last day of a month is that
 * month's last day (so 29 February 2024 has expired by 28 February 2025).
 */
export function assessedOnOrBeforeExpiredBy(day: Day): string {
  const parts = dayParts(day);
  const back = addMonths(parts, -ASSESSMENT_VALID_MONTHS);
  const lastOfMonth = parts.day === daysInMonth(parts.year, parts.month);
  return formatDate(lastOfMonth ? { ...back, day: daysInMonth(back.year, back.month) } : back);
}

/** The assessment dates the roster's filters select on `today`, as inclusive upper bounds. */
export function assessmentFilterBounds(today: Day): { expiredBy: string; expiringBy: string } {
  return {
    expiredBy: assessedOnOrBeforeExpiredBy(today),
    expiringBy: assessedOnOrBeforeExpiredBy(addDays(dayParts(today), ASSESSMENT_WARNING_DAYS)),
  };
}

import dayjs from 'dayjs';

/** A risk assessment "expires soon" this many days ahead (the roster filter's 30天内到期). */
export const ASSESSMENT_EXPIRING_DAYS = 30;

/** The dates the roster compares against, as `YYYY-MM-DD` (ISO dates compare as strings). */
export interface RosterDay {
  today: string;
  /** The last day an expiry still counts as "expiring soon". */
  expiringBy: string;
  /** The last day of this month: a contact due by then is due now. */
  monthEnd: string;
}

export function rosterDay(now: Date | number): RosterDay {
  const day = dayjs(now);
  return {
    today: day.format('YYYY-MM-DD'),
    expiringBy: day.add(ASSESSMENT_EXPIRING_DAYS, 'day').format('YYYY-MM-DD'),
    monthEnd: day.endOf('month').format('YYYY-MM-DD'),
  };
}

export type AssessmentState = 'missing' | 'expired' | 'expiring' | 'valid';

/**
 * A risk assessment's state from its expiry date (12 months after it was made): still valid on
 * the expiry day itself, expired the day after, "expiring" within the next 30 days.
 */
export function assessmentState(expiresAt: string | null, day: RosterDay): AssessmentState {
  if (!expiresAt) return 'missing';
  if (expiresAt < day.today) return 'expired';
  if (expiresAt <= day.expiringBy) return 'expiring';
  return 'valid';
}

export type DueState = 'overdue' | 'thisMonth' | 'later';

/** Whether the next themed contact is already late, due this month, or later. */
export function dueState(nextDueOn: string, day: RosterDay): DueState {
  if (nextDueOn < day.today) return 'overdue';
  if (nextDueOn <= day.monthEnd) return 'thisMonth';
  return 'later';
}

import type { DateParts } from '../time/zoned';
import { addMonths, daysInMonth, formatDate, parseDate } from '../time/zoned';

/**
 * When the next themed contact is due under the monthly standard ("12" of 12-4-2-1), on the
 * bank's `today`: the first day of next month when this month already has one, else the last day
 * of this month. `contactedThisMonth` compares the last contact with the month's first instant.
 */
export function nextDueOn(contactedThisMonth: boolean, today: DateParts): string {
  const { year, month } = today;
  if (contactedThisMonth) return formatDate(addMonths({ year, month, day: 1 }, 1));
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

export const DUE_STATES = ['overdue', 'thisMonth', 'later'] as const;
export type DueState = (typeof DUE_STATES)[number];

/** Whether a next contact due on `dueOn` is already late, due this month, or later, on the bank's `today` (`YYYY-MM-DD`). */
export function dueState(dueOn: string, today: string): DueState {
  if (dueOn < today) return 'overdue';
  const { year, month } = parseDate(today);
  if (dueOn <= formatDate({ year, month, day: daysInMonth(year, month) })) return 'thisMonth';
  return 'later';
}

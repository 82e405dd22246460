import { daysInMonth, formatDate, parseDate } from '../../../../shared/time/zoned';
import type { BankToday } from '../../hooks/bankToday';

/** The days the roster's date columns compare with (ISO dates compare as strings), in China time. */
export interface RosterDay {
  /** The bank's today, `YYYY-MM-DD`: the day the risk assessment's validity is read on. */
  today: string;
  /** The last day of this month: a contact due by then is due now. */
  monthEnd: string;
}

export function rosterDay(today: BankToday): RosterDay {
  const { year, month } = parseDate(today.date);
  return { today: today.date, monthEnd: formatDate({ year, month, day: daysInMonth(year, month) }) };
}

export type DueState = 'overdue' | 'thisMonth' | 'later';

/** Whether the next themed contact is already late, due this month, or later. */
export function dueState(nextDueOn: string, day: RosterDay): DueState {
  if (nextDueOn < day.today) return 'overdue';
  if (nextDueOn <= day.monthEnd) return 'thisMonth';
  return 'later';
}

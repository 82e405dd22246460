import { addMonths, daysInMonth, formatDate } from '../../../shared/time/zoned';
import type { BankClock } from '../time/bankClock';

/**
 * When the next themed contact is due under the monthly standard ("12" of 12-4-2-1): the first
 * day of next month when this month already has one, else the last day of this month.
 */
export function nextDueOn(lastContactAt: string | null, clock: BankClock): string {
  const { year, month } = clock.today;
  if (lastContactAt !== null && lastContactAt >= clock.monthStart) return formatDate(addMonths({ year, month, day: 1 }, 1));
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

import type { DateParts } from '../../../shared/time/zoned';
import { BANK_TIME_ZONE, zonedParts, zonedStartOfDay } from '../../../shared/time/zoned';

/** "Today" and "this month" in the bank's zone (China time), where the desk's days are read. */
export interface BankClock {
  /** Today in the bank's zone. */
  today: DateParts;
  /** The instant this month began in the bank's zone (UTC ISO), for "contacted this month". */
  monthStart: string;
}

export function bankClock(now: Date): BankClock {
  const today = zonedParts(now, BANK_TIME_ZONE);
  return { today, monthStart: zonedStartOfDay({ year: today.year, month: today.month, day: 1 }, BANK_TIME_ZONE).toISOString() };
}

import { BANK_TIME_ZONE, zonedDate } from '../../../shared/time/zoned';

/** Today in the bank's zone (China time), which is where 12-4-2-1's months and days are read. */
export interface BankToday {
  /** `YYYY-MM-DD`. */
  date: string;
  year: number;
}

export function bankToday(now: Date | number): BankToday {
  const date = zonedDate(new Date(now), BANK_TIME_ZONE);
  return { date, year: Number(date.slice(0, 4)) };
}

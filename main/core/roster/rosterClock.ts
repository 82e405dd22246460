import { BANK_TIME_ZONE, formatDate, zonedParts, zonedStartOfDay } from '../../../shared/time/zoned';
import type { RosterClock } from './rosterPage';

/** "Today", "this month" and this year's cadence scope in the bank's zone, at `now`. */
export function rosterClock(now: Date): RosterClock {
  const today = zonedParts(now, BANK_TIME_ZONE);
  return {
    today,
    monthStart: zonedStartOfDay({ year: today.year, month: today.month, day: 1 }, BANK_TIME_ZONE).toISOString(),
    cadenceScope: `${today.year}|${formatDate(today)}`,
  };
}

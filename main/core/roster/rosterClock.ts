import { BANK_TIME_ZONE, zonedParts, zonedStartOfDay } from '../../../shared/time/zoned';
import type { RosterClock } from './rosterPage';

/** "Today" and "this month" in the bank's zone, at `now`. */
export function rosterClock(now: Date): RosterClock {
  const today = zonedParts(now, BANK_TIME_ZONE);
  return { today, monthStart: zonedStartOfDay({ year: today.year, month: today.month, day: 1 }, BANK_TIME_ZONE).toISOString() };
}

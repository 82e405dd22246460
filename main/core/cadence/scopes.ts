import { formatDate, parseDate } from '../../../shared/time/zoned';
import type { RosterClock } from '../roster/rosterPage';
import { rosterClock } from '../roster/rosterClock';
import type { CadenceScope } from './evaluateBook';

/** This year as of today (China time): the scope of the roster's status column and client 360. */
export function currentScope(clock: RosterClock): CadenceScope {
  return { year: clock.today.year, asOf: formatDate(clock.today) };
}

/**
 * The scope a dashboard asks for, with defaults: as of today when no day is given; the year of
 * that day when no year is. Looking back at a past year as of its last day works the same way.
 */
export function scopeOf(input: { year?: number | undefined; asOf?: string | undefined }, now: Date): CadenceScope {
  const asOf = input.asOf ?? formatDate(rosterClock(now).today);
  return { year: input.year ?? parseDate(asOf).year, asOf };
}

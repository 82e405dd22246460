import { formatDate, parseDate } from '../../../shared/time/zoned';
import type { BankClock } from '../time/bankClock';
import { bankClock } from '../time/bankClock';

/** A 12-4-2-1 evaluation: a year, as of a day (`YYYY-MM-DD`, read as the end of that day in the bank's zone). */
export interface CadenceScope {
  year: number;
  asOf: string;
}

/** The one key of a scope: in the results cache and in temp.cadence_view. */
export function scopeKey(scope: CadenceScope): string {
  return `${scope.year}|${scope.asOf}`;
}

/** This year as of today (China time): the scope of the roster's status column and client 360. */
export function currentScope(clock: BankClock): CadenceScope {
  return { year: clock.today.year, asOf: formatDate(clock.today) };
}

/**
 * The scope a dashboard asks for, with defaults: as of today when no day is given; the year of
 * that day when no year is. Looking back at a past year as of its last day works the same way.
 */
export function scopeOf(input: { year?: number | undefined; asOf?: string | undefined }, now: Date): CadenceScope {
  const asOf = input.asOf ?? formatDate(bankClock(now).today);
  return { year: input.year ?? parseDate(asOf).year, asOf };
}

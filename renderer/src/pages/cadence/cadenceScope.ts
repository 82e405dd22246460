import type { BankToday } from '../../hooks/bankToday';

/** The dashboard's years: the previous two, this one and the next (plus a chosen one no longer among them). */
export function cadenceYearOptions(thisYear: number, chosen?: number): number[] {
  const years = new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1]);
  if (chosen !== undefined) years.add(chosen);
  return [...years].sort((a, b) => a - b);
}

/**
 * The day a newly chosen year is seen as of: a past year as of its last day (the year in full),
 * this year and later ones as of today.
 */
export function defaultAsOf(year: number, today: BankToday): string {
  return year < today.year ? `${String(year).padStart(4, '0')}-12-31` : today.date;
}

/** Whether a choice is just "this year, today" (then it need not be kept: it moves with the clock). */
export function isTodayScope(scope: { year: number; asOf: string }, today: BankToday): boolean {
  return scope.year === today.year && scope.asOf === today.date;
}

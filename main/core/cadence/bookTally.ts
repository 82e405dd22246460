import type { BookCadence } from '../../../shared/api';
import { CADENCE_MEASURES, CADENCE_STATUSES } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import { standingOf } from '../../../shared/cadence';
import type { CadenceScope } from './scopes';

/**
 * The dashboard's figures, kept as running counts so that one client's new result moves them by
 * the difference (take the old result out, put the new one in) instead of a recount of the book.
 * Clients to whom the year does not apply stay out of the measures.
 */
export function emptyTally(scope: CadenceScope): BookCadence {
  return {
    year: scope.year,
    asOf: scope.asOf,
    clients: 0,
    byStatus: Object.fromEntries(CADENCE_STATUSES.map((s) => [s, 0])) as BookCadence['byStatus'],
    byMeasure: Object.fromEntries(CADENCE_MEASURES.map((m) => [m, { met: 0, onPace: 0, behind: 0 }])) as BookCadence['byMeasure'],
    coverage: Array.from({ length: 12 }, () => ({ applicable: 0, done: 0 })),
  };
}

/** Adds one client's result to the counts (`sign` 1), or takes it out (`sign` -1). */
export function tally(book: BookCadence, result: CadenceResult, sign: 1 | -1): void {
  book.clients += sign;
  book.byStatus[result.status] += sign;
  if (result.status === 'not_applicable') return;
  for (const measure of CADENCE_MEASURES) book.byMeasure[measure][standingOf(result[measure])] += sign;
  result.months.forEach((state, i) => {
    const month = book.coverage[i] as { applicable: number; done: number };
    if (state !== 'not_applicable') month.applicable += sign;
    if (state === 'done') month.done += sign;
  });
}

/** A copy to hand out: the running counts stay the service's own. */
export function copyTally(book: BookCadence): BookCadence {
  return {
    ...book,
    byStatus: { ...book.byStatus },
    byMeasure: Object.fromEntries(CADENCE_MEASURES.map((m) => [m, { ...book.byMeasure[m] }])) as BookCadence['byMeasure'],
    coverage: book.coverage.map((month) => ({ ...month })),
  };
}

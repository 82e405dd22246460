import type { BookCadence } from '../../../shared/api';
import { CADENCE_MEASURES, CADENCE_STATUSES } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import type { CadenceScope } from './scopes';
import { standingOf } from '../../../shared/cadence';

/** The dashboard's figures from a book's results. Clients to whom the year does not apply stay out of the measures. */
export function summarise(results: Map<string, CadenceResult>, scope: CadenceScope): BookCadence {
  const byStatus = Object.fromEntries(CADENCE_STATUSES.map((s) => [s, 0])) as BookCadence['byStatus'];
  const byMeasure = Object.fromEntries(CADENCE_MEASURES.map((m) => [m, { met: 0, onPace: 0, behind: 0 }])) as BookCadence['byMeasure'];
  const coverage = Array.from({ length: 12 }, () => ({ applicable: 0, done: 0 }));
  for (const result of results.values()) {
    byStatus[result.status] += 1;
    if (result.status === 'not_applicable') continue;
    for (const measure of CADENCE_MEASURES) byMeasure[measure][standingOf(result[measure])] += 1;
    result.months.forEach((state, i) => {
      const month = coverage[i] as { applicable: number; done: number };
      if (state !== 'not_applicable') month.applicable += 1;
      if (state === 'done') month.done += 1;
    });
  }
  return { year: scope.year, asOf: scope.asOf, clients: results.size, byStatus, byMeasure, coverage };
}

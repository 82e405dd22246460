import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useCadenceBookQuery } from '../../../store/endpoints/cadence';

/**
 * The book's 12-4-2-1 figures for a year as of a day, refetched on `data:changed` for clients,
 * holdings, interactions and reports. Only figures for this very scope are returned: after a new
 * year or day is chosen, the old ones are not shown while the new ones load.
 */
export function useCadenceBook(year: number, asOf: string) {
  const query = useCadenceBookQuery(useAdvisorArg({ year, asOf }));
  return {
    data: query.currentData ?? null,
    error: query.currentData ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

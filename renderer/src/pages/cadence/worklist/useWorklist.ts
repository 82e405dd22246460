import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useCadenceWorklistQuery } from '../../../store/endpoints/cadence';

/** This month's 12-4-2-1 work as of `asOf` (today), most urgent first as the host orders it. */
export function useWorklist(asOf: string) {
  const query = useCadenceWorklistQuery(useAdvisorArg({ asOf }));
  return {
    data: query.currentData ?? null,
    error: query.currentData ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

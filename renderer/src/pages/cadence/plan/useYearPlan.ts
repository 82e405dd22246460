import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import type { CadencePlanRequest } from '../../../store/endpoints/cadence';
import { useCadencePlanQuery } from '../../../store/endpoints/cadence';

/** The proposed dates for what the year still needs; only the plan for these very inputs is returned. */
export function useYearPlan(request: CadencePlanRequest) {
  const query = useCadencePlanQuery(useAdvisorArg(request));
  return {
    data: query.currentData ?? null,
    isFetching: query.isFetching,
    error: query.currentData ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

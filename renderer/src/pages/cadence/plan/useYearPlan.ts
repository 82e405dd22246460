import { skipToken } from '@reduxjs/toolkit/query/react';
import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import type { CadencePlanRequest } from '../../../store/api';
import { useCadencePlanQuery } from '../../../store/api';

/** The proposed dates for what the year still needs; only the plan for these very inputs is returned. */
export function useYearPlan(request: CadencePlanRequest) {
  const advisor = useAdvisorArg();
  const query = useCadencePlanQuery(advisor === skipToken ? skipToken : { ...advisor, ...request });
  return {
    data: query.currentData ?? null,
    isFetching: query.isFetching,
    error: query.currentData ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

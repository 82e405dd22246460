import { skipToken } from '@reduxjs/toolkit/query/react';
import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useCadenceWorklistQuery } from '../../../store/api';

/** This month's 12-4-2-1 work as of `asOf` (today), most urgent first as the host orders it. */
export function useWorklist(asOf: string) {
  const advisor = useAdvisorArg();
  const query = useCadenceWorklistQuery(advisor === skipToken ? skipToken : { ...advisor, asOf });
  return {
    data: query.currentData ?? null,
    error: query.currentData ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

import { skipToken } from '@reduxjs/toolkit/query/react';
import { asApiError } from '../../api/errors';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useClient360Query } from '../../store/endpoints/clients';

/** One client's 360 data, refetched when `data:changed` names clients, holdings, interactions, reports, the outbox or conflicts. */
export function useClient360(clientId: string | null) {
  const query = useClient360Query(useAdvisorArg(clientId === null ? skipToken : { clientId }));
  return {
    data: query.data ?? null,
    isLoading: query.isLoading,
    error: asApiError(query.error),
    retry: query.refetch,
  };
}

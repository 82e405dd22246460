import { skipToken } from '@reduxjs/toolkit/query/react';
import { asApiError } from '../api/errors';
import { useAdvisorArg } from '../hooks/useAdvisorArg';
import { useClientDetailQuery } from '../store/api';

/** The open client, refetched when `data:changed` names clients, the outbox or conflicts. */
export function useClientDetail(clientId: string) {
  const advisor = useAdvisorArg();
  const query = useClientDetailQuery(advisor === skipToken ? skipToken : { ...advisor, clientId });
  return {
    client: query.data ?? null,
    isLoading: query.isLoading,
    error: asApiError(query.error),
    retry: query.refetch,
  };
}

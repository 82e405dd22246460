import { asApiError } from '../api/errors';
import { useAdvisorArg } from './useAdvisorArg';
import { useClientDetailQuery } from '../store/endpoints/clients';

/** The open client, refetched when `data:changed` names clients, the outbox or conflicts. */
export function useClientDetail(clientId: string) {
  const query = useClientDetailQuery(useAdvisorArg({ clientId }));
  return {
    client: query.data ?? null,
    isLoading: query.isLoading,
    error: asApiError(query.error),
    retry: query.refetch,
  };
}

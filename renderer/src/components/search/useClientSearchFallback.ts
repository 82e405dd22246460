import { useCallback } from 'react';
import type { SearchHit } from '../../../../shared/api';
import { clientsApi } from '../../store/endpoints/clients';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { selectAdvisor } from '../../store/sessionSlice';
import { searchQueryOf } from './searchQuery';

/**
 * Searches `text` at once (skipping the debounce) and answers its best hit, or null. For Enter
 * pressed faster than the search as you type: the RM gets the client they typed, not an older hit.
 */
export function useClientSearchFallback(): (text: string) => Promise<SearchHit | null> {
  const dispatch = useAppDispatch();
  const advisorId = useAppSelector(selectAdvisor)?.id;
  return useCallback(
    async (text: string) => {
      const query = searchQueryOf(text);
      if (!advisorId || query === '') return null;
      const request = dispatch(clientsApi.endpoints.clientSearch.initiate({ advisorId, query }));
      try {
        const hits = await request.unwrap();
        return hits[0] ?? null;
      } catch {
        return null;
      } finally {
        request.unsubscribe();
      }
    },
    [dispatch, advisorId],
  );
}

import { skipToken } from '@reduxjs/toolkit/query/react';
import type { SearchHit } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useClientSearchQuery } from '../../store/endpoints/clients';
import { searchQueryOf } from './searchQuery';

/** Typing pauses this long before the host is asked. */
export const SEARCH_DEBOUNCE_MS = 120;

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ClientSearchState {
  /** What the hits are for (the debounced query); '' when nothing is searched. */
  query: string;
  hits: SearchHit[];
  status: SearchStatus;
  /** The hits shown answer the text in the box (not an older query still on screen). */
  settled: boolean;
  retry: () => void;
}

/**
 * clients.search for the text in the box, debounced; nothing is sent for blank text. While the
 * next answer is on its way the previous hits stay on screen. A VALIDATION refusal is about the
 * text, not the desk, so it reads as "no match": hostile text never shows an error.
 */
export function useClientSearch(text: string): ClientSearchState {
  const live = searchQueryOf(text);
  const query = useDebouncedValue(live, SEARCH_DEBOUNCE_MS);
  const result = useClientSearchQuery(useAdvisorArg(query === '' ? skipToken : { query }));
  const retry = () => void result.refetch();

  if (live === '') return { query: '', hits: [], status: 'idle', settled: true, retry };
  const error = asApiError(result.error);
  const answered = result.currentData !== undefined || (result.isError && !result.isFetching);
  const settled = query === live && answered && !result.isFetching;
  if (result.isError && !result.isFetching && error?.code !== 'VALIDATION') return { query, hits: [], status: 'error', settled, retry };
  const hits = result.currentData ?? (result.isError ? [] : result.data) ?? [];
  const status: SearchStatus = answered || result.data !== undefined ? 'ready' : 'loading';
  return { query, hits, status, settled, retry };
}

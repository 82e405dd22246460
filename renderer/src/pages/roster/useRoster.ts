import { skipToken } from '@reduxjs/toolkit/query/react';
import { useCallback, useMemo } from 'react';
import type { RosterFilter, RosterRow, RosterSort } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { useRosterInfiniteQuery } from '../../store/endpoints/clients';
import { useAppSelector } from '../../store/hooks';
import { selectAdvisor } from '../../store/sessionSlice';

/**
 * The signed-in advisor's book, filtered and in `sort` order (both applied by the host), loaded
 * page by page. Pages fetched while the book changes (a sync running) can overlap, so rows are
 * de-duplicated by id. `filter` must be normalised, so equal choices share one cache entry.
 */
export function useRoster(sort: RosterSort, filter: RosterFilter) {
  const advisorId = useAppSelector(selectAdvisor)?.id;
  const query = useRosterInfiniteQuery(advisorId ? { advisorId, sort, filter } : skipToken);
  const { data, hasNextPage, isFetching, fetchNextPage } = query;

  const rows = useMemo<RosterRow[]>(() => {
    if (!data) return [];
    const seen = new Set<string>();
    const out: RosterRow[] = [];
    for (const page of data.pages) {
      for (const row of page.rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        out.push(row);
      }
    }
    return out;
  }, [data]);

  const total = data ? (data.pages[data.pages.length - 1]?.total ?? 0) : null;

  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage]);

  return {
    rows,
    total,
    loadMore,
    // First load, or a new sort whose first page is not here yet (the old rows stay under the spinner).
    isLoading: query.isLoading || (query.isFetching && !query.currentData),
    isFetchingMore: query.isFetchingNextPage,
    error: data ? null : asApiError(query.error),
    retry: query.refetch,
  };
}

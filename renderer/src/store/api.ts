import type { BaseQueryApi } from '@reduxjs/toolkit/query/react';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type { ApiClient, ApiError, AppInfo, MethodInput, RosterPage, RosterSort, SessionInfo, SyncStatus } from '../../../shared/api';
import { toApiError } from '../api/errors';

export type LoginRequest = MethodInput<'session.login'>;

/** What the store's thunks get as `extra`: the typed client over the host's transport. */
export interface StoreExtra {
  client: ApiClient;
}

/** RTK Query's way to say an endpoint takes no argument (`useAppInfoQuery()`). */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's documented idiom
type NoArg = void;

export const ROSTER_PAGE_SIZE = 200;

/**
 * The roster's query arg. `advisorId` is not sent; it keys the cache per advisor, so after a
 * logout nobody else's book is ever shown from cache.
 */
export interface RosterArg {
  advisorId: string;
  sort: RosterSort;
}

export const DEFAULT_ROSTER_SORT: RosterSort = { field: 'aum', order: 'desc' };

/** The offset of the page after `lastPage`, or undefined when everything is loaded. */
export function nextRosterOffset(lastPage: RosterPage, lastOffset: number): number | undefined {
  const next = lastOffset + lastPage.rows.length;
  return lastPage.rows.length > 0 && next < lastPage.total ? next : undefined;
}

function clientOf(api: BaseQueryApi): ApiClient {
  return (api.extra as StoreExtra).client;
}

/** Runs a client call as a queryFn result: `{ data }` or `{ error: { code, message, details } }`. */
async function run<T>(call: () => Promise<T>): Promise<{ data: T } | { error: ApiError }> {
  try {
    return { data: await call() };
  } catch (error) {
    return { error: toApiError(error) };
  }
}

export const TAG_TYPES = ['Session', 'Sync', 'Roster'] as const;
export type TagType = (typeof TAG_TYPES)[number];

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fakeBaseQuery<ApiError>(),
  tagTypes: TAG_TYPES,
  // The host pushes changes as events; focus and reconnect refetching would only add load.
  refetchOnFocus: false,
  refetchOnReconnect: false,
  endpoints: (build) => ({
    appInfo: build.query<AppInfo, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['app.info']({})),
    }),
    currentSession: build.query<SessionInfo | null, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['session.current']({})),
      providesTags: ['Session'],
    }),
    login: build.mutation<SessionInfo, LoginRequest>({
      queryFn: (credentials, queryApi) => run(() => clientOf(queryApi)['session.login'](credentials)),
      invalidatesTags: ['Sync'],
    }),
    logout: build.mutation<null, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['session.logout']({})),
    }),
    syncStatus: build.query<SyncStatus, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.status']({})),
      providesTags: ['Sync'],
    }),
    syncNow: build.mutation<SyncStatus, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.now']({})),
    }),
    roster: build.infiniteQuery<RosterPage, RosterArg, number>({
      infiniteQueryOptions: {
        initialPageParam: 0,
        getNextPageParam: (lastPage, _allPages, lastOffset) => nextRosterOffset(lastPage, lastOffset),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() => clientOf(queryApi)['clients.page']({ offset: pageParam, limit: ROSTER_PAGE_SIZE, sort: queryArg.sort })),
      providesTags: ['Roster'],
      // Client data should not linger in memory once no view shows it.
      keepUnusedDataFor: 10,
    }),
  }),
});

export const {
  useAppInfoQuery,
  useCurrentSessionQuery,
  useLoginMutation,
  useLogoutMutation,
  useSyncStatusQuery,
  useSyncNowMutation,
  useRosterInfiniteQuery,
} = api;

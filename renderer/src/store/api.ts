import type { BaseQueryApi } from '@reduxjs/toolkit/query/react';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type {
  ApiClient,
  ApiError,
  AppInfo,
  ClientDetail,
  ConflictItem,
  InteractionRow,
  MethodInput,
  OutboxItem,
  RosterPage,
  RosterSort,
  SessionInfo,
  SyncStatus,
} from '../../../shared/api';
import { toApiError } from '../api/errors';

export type LoginRequest = MethodInput<'session.login'>;
export type UnlockRequest = MethodInput<'session.unlock'>;
export type ClientUpdateRequest = MethodInput<'clients.update'>;
export type InteractionLogRequest = MethodInput<'interactions.log'>;
export type InteractionUpdateRequest = MethodInput<'interactions.update'>;
export type ConflictResolveRequest = MethodInput<'conflicts.resolve'>;

/** What the store's thunks get as `extra`: the typed client over the host's transport. */
export interface StoreExtra {
  client: ApiClient;
}

/** RTK Query's way to say an endpoint takes no argument (`useAppInfoQuery()`). */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's documented idiom
type NoArg = void;

export const ROSTER_PAGE_SIZE = 200;

/**
 * Client data is cached per advisor: `advisorId` is never sent, it only keys the cache, so after
 * a logout nobody else's book, outbox or client is ever shown from cache.
 */
export interface AdvisorArg {
  advisorId: string;
}

/** The roster's query arg. */
export interface RosterArg extends AdvisorArg {
  sort: RosterSort;
}

export interface ClientArg extends AdvisorArg {
  clientId: string;
}

export const DEFAULT_ROSTER_SORT: RosterSort = { field: 'aum', order: 'desc' };

/** Client data should not linger in memory once no view shows it (e.g. behind the lock screen). */
const CLIENT_DATA_TTL_S = 10;

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

export const TAG_TYPES = ['Session', 'Sync', 'Roster', 'Outbox', 'Conflicts', 'ClientDetail', 'Interactions'] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** After a local change is sent, dropped or resolved, these views may show something else. */
const OUTBOX_EFFECTS: TagType[] = ['Outbox', 'Conflicts', 'ClientDetail', 'Interactions'];

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

    // Session
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
    unlock: build.mutation<SessionInfo, UnlockRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['session.unlock'](input)),
      invalidatesTags: (result) => (result ? ['Sync'] : []),
    }),
    lock: build.mutation<null, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['session.lock']({})),
    }),
    sessionActivity: build.mutation<null, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['session.activity']({})),
    }),

    // Sync
    syncStatus: build.query<SyncStatus, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.status']({})),
      providesTags: ['Sync'],
    }),
    syncNow: build.mutation<SyncStatus, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.now']({})),
    }),
    syncResync: build.mutation<SyncStatus, NoArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.resync']({})),
    }),
    outbox: build.query<OutboxItem[], AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['sync.outbox']({})),
      providesTags: ['Outbox'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    retryParked: build.mutation<SyncStatus, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['sync.retryParked'](input)),
      invalidatesTags: (result) => (result ? OUTBOX_EFFECTS : []),
    }),
    discardParked: build.mutation<SyncStatus, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['sync.discardParked'](input)),
      invalidatesTags: (result) => (result ? [...OUTBOX_EFFECTS, 'Roster'] : []),
    }),
    conflicts: build.query<ConflictItem[], AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['conflicts.list']({})),
      providesTags: ['Conflicts'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    resolveConflict: build.mutation<SyncStatus, ConflictResolveRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['conflicts.resolve'](input)),
      invalidatesTags: (result) => (result ? [...OUTBOX_EFFECTS, 'Roster'] : []),
    }),

    // Clients
    roster: build.infiniteQuery<RosterPage, RosterArg, number>({
      infiniteQueryOptions: {
        initialPageParam: 0,
        getNextPageParam: (lastPage, _allPages, lastOffset) => nextRosterOffset(lastPage, lastOffset),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() => clientOf(queryApi)['clients.page']({ offset: pageParam, limit: ROSTER_PAGE_SIZE, sort: queryArg.sort })),
      providesTags: ['Roster'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    clientDetail: build.query<ClientDetail, ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['clients.get']({ id: clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'ClientDetail', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    updateClient: build.mutation<ClientDetail, ClientUpdateRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['clients.update'](input)),
      invalidatesTags: (result, _error, { id }) => (result ? [{ type: 'ClientDetail', id }, 'Outbox', 'Roster'] : []),
    }),

    // Interactions
    interactions: build.query<InteractionRow[], ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['interactions.list']({ clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'Interactions', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    logInteraction: build.mutation<InteractionRow, InteractionLogRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.log'](input)),
      invalidatesTags: (result, _error, { clientId }) => (result ? [{ type: 'Interactions', id: clientId }, 'Outbox'] : []),
    }),
    updateInteraction: build.mutation<InteractionRow, InteractionUpdateRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.update'](input)),
      invalidatesTags: (result) => (result ? [{ type: 'Interactions', id: result.clientId }, 'Outbox'] : []),
    }),
    deleteInteraction: build.mutation<InteractionRow, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.delete'](input)),
      invalidatesTags: (result) => (result ? [{ type: 'Interactions', id: result.clientId }, 'Outbox'] : []),
    }),
  }),
});

export const {
  useAppInfoQuery,
  useCurrentSessionQuery,
  useLoginMutation,
  useLogoutMutation,
  useUnlockMutation,
  useLockMutation,
  useSessionActivityMutation,
  useSyncStatusQuery,
  useSyncNowMutation,
  useSyncResyncMutation,
  useOutboxQuery,
  useRetryParkedMutation,
  useDiscardParkedMutation,
  useConflictsQuery,
  useResolveConflictMutation,
  useRosterInfiniteQuery,
  useClientDetailQuery,
  useUpdateClientMutation,
  useInteractionsQuery,
  useLogInteractionMutation,
  useUpdateInteractionMutation,
  useDeleteInteractionMutation,
} = api;

import type { BaseQueryApi } from '@reduxjs/toolkit/query/react';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type {
  ApiClient,
  ApiError,
  AppInfo,
  BatchStatus,
  BookCadence,
  ChatLine,
  ChatStatus,
  ChatTemplate,
  Client360,
  ClientDetail,
  ConflictItem,
  Conversation,
  InteractionRow,
  MethodInput,
  MethodOutput,
  NeedsSurvey,
  OutboxItem,
  ReportLine,
  RosterFilter,
  RosterPage,
  RosterSort,
  SearchHit,
  SessionInfo,
  SyncStatus,
  Worklist,
  YearPlan,
} from '../../../shared/api';
import { toApiError } from '../api/errors';

export type LoginRequest = MethodInput<'session.login'>;
export type UnlockRequest = MethodInput<'session.unlock'>;
export type ClientUpdateRequest = MethodInput<'clients.update'>;
export type InteractionLogRequest = MethodInput<'interactions.log'>;
export type InteractionUpdateRequest = MethodInput<'interactions.update'>;
export type ConflictResolveRequest = MethodInput<'conflicts.resolve'>;
export type RevealRequest = MethodInput<'clients.reveal'>;
export type RevealResult = MethodOutput<'clients.reveal'>;
export type IcsFile = MethodOutput<'cadence.planIcs'>;
export type ReportRequest = MethodInput<'reports.generate'>;
export type PdfFile = MethodOutput<'reports.pdf'>;
export type DeliverRequest = MethodInput<'reports.deliver'>;
export type ReportActionRequest = MethodInput<'reports.recordAction'>;
export type SaveSurveyRequest = MethodInput<'reports.saveSurvey'>;
export type BatchRequest = MethodInput<'reports.batchStart'>;
export type ZipFile = MethodOutput<'reports.batchZip'>;
export type ChatHistoryPage = MethodOutput<'chat.history'>;
export type ChatSendTextRequest = MethodInput<'chat.sendText'>;
export type ChatSendImageRequest = MethodInput<'chat.sendImage'>;
export type ChatSendReportRequest = MethodInput<'chat.sendReport'>;
export type ChatImage = MethodOutput<'chat.image'>;

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

/** The roster's query arg. The filter should be normalised (`normalizeRosterFilter`) so equal filters share a cache entry. */
export interface RosterArg extends AdvisorArg {
  sort: RosterSort;
  filter: RosterFilter;
}

/** Search as you type; `query` is already trimmed and within the contract's length. */
export interface ClientSearchArg extends AdvisorArg {
  query: string;
}

export const SEARCH_LIMIT = 10;

export interface ClientArg extends AdvisorArg {
  clientId: string;
}

/** 12-4-2-1 across the book for a year, as of a day (`YYYY-MM-DD`, China time). */
export interface CadenceBookArg extends AdvisorArg {
  year: number;
  asOf: string;
}

/** The month's work as of a day: the day is part of the key, so a new day asks again. */
export interface CadenceWorklistArg extends AdvisorArg {
  asOf: string;
}

/** The year plan's inputs; the same go to `cadence.planIcs` for the export. */
export interface CadencePlanRequest {
  year: number;
  asOf: string;
  dailyCap: number;
}
export type CadencePlanArg = AdvisorArg & CadencePlanRequest;

/** Chat templates for one client, narrowed by what the RM typed in the picker's search box. */
export interface ChatTemplatesArg extends ClientArg {
  query: string;
}

/** Lines per page of chat history: enough to fill a tall window, small enough to page back quickly. */
export const CHAT_HISTORY_PAGE_SIZE = 100;

/**
 * The page param of chat history: the id of the oldest line already shown (`before`), or '' for
 * the newest page.
 */
export function olderChatPageParam(lastPage: ChatHistoryPage): string | undefined {
  return lastPage.hasMore ? lastPage.lines[0]?.id : undefined;
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

export const TAG_TYPES = [
  'Session',
  'Sync',
  'Roster',
  'RosterTags',
  'Search',
  'Outbox',
  'Conflicts',
  'ClientDetail',
  'Client360',
  'Interactions',
  'Cadence',
  'Reports',
  'Survey',
  'ChatStatus',
  'ChatConversations',
  'ChatHistory',
] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** After a local change is sent, dropped or resolved, these views may show something else. */
const OUTBOX_EFFECTS: TagType[] = ['Outbox', 'Conflicts', 'ClientDetail', 'Client360', 'Interactions'];

/**
 * A logged, edited or deleted interaction moves the timeline, the 360's last contact and the
 * roster's contact columns, and the 12-4-2-1 figures (dashboard, worklist, plan).
 */
function interactionEffects(clientId: string) {
  return [{ type: 'Interactions' as const, id: clientId }, { type: 'Client360' as const, id: clientId }, 'Outbox' as const, 'Roster' as const, 'Cadence' as const];
}

/**
 * A new or delivered report shows in the client's report lists and the 360 page, and the annual
 * report is the "1" of 12-4-2-1 (roster status, dashboard, worklist, plan).
 */
function reportEffects(clientId: string) {
  return [{ type: 'Reports' as const, id: clientId }, { type: 'Client360' as const, id: clientId }, 'Outbox' as const, 'Roster' as const, 'Cadence' as const];
}

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
      invalidatesTags: (result) => (result ? [...OUTBOX_EFFECTS, 'Roster', 'Cadence'] : []),
    }),
    conflicts: build.query<ConflictItem[], AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['conflicts.list']({})),
      providesTags: ['Conflicts'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    resolveConflict: build.mutation<SyncStatus, ConflictResolveRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['conflicts.resolve'](input)),
      invalidatesTags: (result) => (result ? [...OUTBOX_EFFECTS, 'Roster', 'Cadence'] : []),
    }),

    // Clients
    roster: build.infiniteQuery<RosterPage, RosterArg, number>({
      infiniteQueryOptions: {
        initialPageParam: 0,
        getNextPageParam: (lastPage, _allPages, lastOffset) => nextRosterOffset(lastPage, lastOffset),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() => clientOf(queryApi)['clients.page']({ offset: pageParam, limit: ROSTER_PAGE_SIZE, sort: queryArg.sort, filter: queryArg.filter })),
      providesTags: ['Roster'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    rosterTags: build.query<string[], AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['clients.tags']({})),
      providesTags: ['RosterTags'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    clientSearch: build.query<SearchHit[], ClientSearchArg>({
      queryFn: ({ query }, queryApi) => run(() => clientOf(queryApi)['clients.search']({ query, limit: SEARCH_LIMIT })),
      providesTags: ['Search'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    client360: build.query<Client360, ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['clients.get360']({ id: clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'Client360', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    /**
     * Shows one identifier in full (the host writes an audit entry). Dispatch it untracked
     * (`initiate(arg, { track: false })`) so the full value never sits in the store.
     */
    revealIdentifier: build.mutation<RevealResult, RevealRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['clients.reveal'](input)),
    }),
    clientDetail: build.query<ClientDetail, ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['clients.get']({ id: clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'ClientDetail', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    updateClient: build.mutation<ClientDetail, ClientUpdateRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['clients.update'](input)),
      invalidatesTags: (result, _error, { id }) =>
        result ? [{ type: 'ClientDetail', id }, { type: 'Client360', id }, 'Outbox', 'Roster', 'RosterTags', 'Search'] : [],
    }),

    // Interactions
    interactions: build.query<InteractionRow[], ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['interactions.list']({ clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'Interactions', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    logInteraction: build.mutation<InteractionRow, InteractionLogRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.log'](input)),
      invalidatesTags: (result, _error, { clientId }) => (result ? interactionEffects(clientId) : []),
    }),
    updateInteraction: build.mutation<InteractionRow, InteractionUpdateRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.update'](input)),
      invalidatesTags: (result) => (result ? interactionEffects(result.clientId) : []),
    }),
    deleteInteraction: build.mutation<InteractionRow, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['interactions.delete'](input)),
      invalidatesTags: (result) => (result ? interactionEffects(result.clientId) : []),
    }),

    // 12-4-2-1
    cadenceBook: build.query<BookCadence, CadenceBookArg>({
      queryFn: ({ year, asOf }, queryApi) => run(() => clientOf(queryApi)['cadence.book']({ year, asOf })),
      providesTags: ['Cadence'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    cadenceWorklist: build.query<Worklist, CadenceWorklistArg>({
      queryFn: ({ asOf }, queryApi) => run(() => clientOf(queryApi)['cadence.worklist']({ asOf })),
      providesTags: ['Cadence'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    cadencePlan: build.query<YearPlan, CadencePlanArg>({
      queryFn: ({ year, asOf, dailyCap }, queryApi) => run(() => clientOf(queryApi)['cadence.plan']({ year, asOf, dailyCap })),
      providesTags: ['Cadence'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    /** The plan as an `.ics` file; a mutation, since it is fetched once per click and never cached. */
    cadencePlanIcs: build.mutation<IcsFile, CadencePlanRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['cadence.planIcs'](input)),
    }),

    // Reports
    reports: build.query<ReportLine[], ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['reports.list']({ clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'Reports', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    generateReport: build.mutation<ReportLine, ReportRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.generate'](input)),
      invalidatesTags: (result, _error, { clientId }) => (result ? reportEffects(clientId) : []),
    }),
    /** A stored report's PDF. Dispatch it untracked: megabytes of base64 never belong in the store. */
    reportPdf: build.mutation<PdfFile, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.pdf'](input)),
    }),
    printReport: build.mutation<{ printedByHost: boolean }, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.print'](input)),
    }),
    recordReportAction: build.mutation<null, ReportActionRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.recordAction'](input)),
    }),
    deliverReport: build.mutation<ReportLine, DeliverRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.deliver'](input)),
      invalidatesTags: (result) => (result ? reportEffects(result.clientId) : []),
    }),
    needsSurvey: build.query<NeedsSurvey | null, ClientArg>({
      queryFn: ({ clientId }, queryApi) => run(() => clientOf(queryApi)['reports.survey']({ clientId })),
      providesTags: (_result, _error, { clientId }) => [{ type: 'Survey', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    saveNeedsSurvey: build.mutation<NeedsSurvey, SaveSurveyRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.saveSurvey'](input)),
      invalidatesTags: (result, _error, { clientId }) => (result ? [{ type: 'Survey', id: clientId }] : []),
    }),
    // A batch's status lives in reportBatchSlice (fed by these answers and by report:progress).
    startBatch: build.mutation<BatchStatus, BatchRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.batchStart'](input)),
    }),
    batchStatus: build.mutation<BatchStatus, { batchId: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.batchStatus'](input)),
    }),
    cancelBatch: build.mutation<BatchStatus, { batchId: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.batchCancel'](input)),
    }),
    /** The batch's PDFs as one zip; untracked, like the PDF. */
    batchZip: build.mutation<ZipFile, { batchId: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['reports.batchZip'](input)),
    }),

    // Chat (the conversation's lines also change in place from chat:message, see store/chatEvents.ts)
    chatStatus: build.query<ChatStatus, AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['chat.status']({})),
      providesTags: ['ChatStatus'],
    }),
    chatConversations: build.query<Conversation[], AdvisorArg>({
      queryFn: (_arg, queryApi) => run(() => clientOf(queryApi)['chat.conversations']({})),
      providesTags: ['ChatConversations'],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    /** Pages newest first; each page's lines oldest first. */
    chatHistory: build.infiniteQuery<ChatHistoryPage, ClientArg, string>({
      infiniteQueryOptions: {
        initialPageParam: '',
        getNextPageParam: (lastPage) => olderChatPageParam(lastPage),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() =>
          clientOf(queryApi)['chat.history']({ clientId: queryArg.clientId, limit: CHAT_HISTORY_PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) }),
        ),
      providesTags: (_result, _error, { clientId }) => [{ type: 'ChatHistory', id: clientId }],
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    sendChatText: build.mutation<ChatLine, ChatSendTextRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.sendText'](input)),
      invalidatesTags: (result) => (result ? ['ChatConversations'] : []),
    }),
    /** Untracked: megabytes of base64 never belong in the store. */
    sendChatImage: build.mutation<ChatLine, ChatSendImageRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.sendImage'](input)),
      invalidatesTags: (result) => (result ? ['ChatConversations'] : []),
    }),
    sendChatReport: build.mutation<ChatLine, ChatSendReportRequest>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.sendReport'](input)),
      invalidatesTags: (result) => (result ? ['ChatConversations'] : []),
    }),
    markChatRead: build.mutation<null, { clientId: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.markRead'](input)),
      invalidatesTags: (result) => (result === null ? ['ChatConversations', 'ChatStatus'] : []),
    }),
    chatTyping: build.mutation<null, { clientId: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.typing'](input)),
    }),
    /** An image's bytes; dispatch untracked, the view holds them as a Blob URL. */
    chatImage: build.mutation<ChatImage, { id: string }>({
      queryFn: (input, queryApi) => run(() => clientOf(queryApi)['chat.image'](input)),
    }),
    chatTemplates: build.query<ChatTemplate[], ChatTemplatesArg>({
      queryFn: ({ clientId, query }, queryApi) => run(() => clientOf(queryApi)['chat.templates']({ clientId, query })),
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
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
  useRosterTagsQuery,
  useClientSearchQuery,
  useClient360Query,
  useClientDetailQuery,
  useUpdateClientMutation,
  useInteractionsQuery,
  useLogInteractionMutation,
  useUpdateInteractionMutation,
  useDeleteInteractionMutation,
  useCadenceBookQuery,
  useCadenceWorklistQuery,
  useCadencePlanQuery,
  useCadencePlanIcsMutation,
  useReportsQuery,
  useGenerateReportMutation,
  useDeliverReportMutation,
  useNeedsSurveyQuery,
  useSaveNeedsSurveyMutation,
  useChatStatusQuery,
  useChatConversationsQuery,
  useChatHistoryInfiniteQuery,
  useSendChatTextMutation,
  useSendChatReportMutation,
  useMarkChatReadMutation,
  useChatTypingMutation,
  useChatTemplatesQuery,
} = api;

import type { ApiClient, SyncStatus } from '../../../shared/api';
import type { DATA_TABLES } from '../../../shared/api';
import { events } from '../../../shared/api';
import type { TagType } from './api';
import { api } from './api';
import { chatLineArrived, refreshChatHistories } from './chatEvents';
import { chatStatusReceived, chatTypingReceived } from './chatSlice';
import { batchProgressReceived } from './reportBatchSlice';
import { sessionChanged, sessionLockChanged } from './sessionSlice';
import { syncStatusReceived } from './syncSlice';
import type { AppDispatch } from './index';

type DataTable = (typeof DATA_TABLES)[number];

/** Which cached views each table feeds. Tables without a view yet map to nothing. */
export const TAGS_BY_TABLE: Record<DataTable, readonly TagType[]> = {
  advisors: ['Session'],
  // 'Cadence': the 12-4-2-1 dashboard, worklist and plan (names, tiers, who joined when).
  clients: ['Roster', 'RosterTags', 'Search', 'ClientDetail', 'Client360', 'Cadence'],
  // Product names and risk ratings show in the 360's holdings (and its suitability marks).
  products: ['Client360'],
  // AUM shows in the roster, the 360 page and the worklist.
  holdings: ['Roster', 'Client360', 'Cadence'],
  // The roster's last contact, next due and 12-4-2-1 status, the 360's timeline and the
  // 12-4-2-1 figures come from interactions; the annual report from reports.
  interactions: ['Interactions', 'Roster', 'Client360', 'Cadence'],
  reports: ['Reports', 'Client360', 'Roster', 'Cadence'],
  // Read only by report generation in the host; no view shows them yet.
  model_portfolios: [],
  nav_series: [],
  // New messages, the client's receipts, a read, a catch-up. Conversations already open are
  // refreshed by their newest page (see refreshChatHistories), not refetched page by page.
  chat_messages: ['ChatConversations', 'ChatStatus'],
  // The needs survey the annual report quotes (local only).
  needs_surveys: ['Survey'],
  // The outbox decides what is "pending" in the drawer, the 360 page and the timeline.
  outbox: ['Outbox', 'ClientDetail', 'Client360', 'Interactions'],
  conflicts: ['Conflicts', 'ClientDetail', 'Client360'],
};

/** When the engine's counts move, the lists behind them (and the drawer's pending marks) moved too. */
export const TAGS_ON_OUTBOX_COUNTS: readonly TagType[] = ['Outbox', 'Conflicts', 'ClientDetail', 'Client360', 'Interactions'];

/** Whether two statuses disagree on what is waiting, refused or in conflict. */
export function outboxCountsChanged(previous: SyncStatus | null, next: SyncStatus): boolean {
  if (!previous) return false;
  return previous.pending !== next.pending || previous.parked !== next.parked || previous.conflicts !== next.conflicts;
}

/** A sync pulls page after page; changes are gathered this long before views refetch. */
const DATA_CHANGED_COALESCE_MS = 400;

/**
 * Wires the host's events into the store. Payloads are checked against the contract, so a
 * malformed event is dropped rather than put in the store. Returns an unsubscribe function.
 */
export function connectEvents(client: ApiClient, dispatch: AppDispatch): () => void {
  const pendingTags = new Set<TagType>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let lastStatus: SyncStatus | null = null;
  let chatHistoriesStale = false;

  const flush = () => {
    flushTimer = null;
    const tags = [...pendingTags];
    pendingTags.clear();
    if (tags.length > 0) dispatch(api.util.invalidateTags(tags));
    if (chatHistoriesStale) void dispatch(refreshChatHistories(client));
    chatHistoriesStale = false;
  };
  const queue = (tags: readonly TagType[]) => {
    for (const tag of tags) pendingTags.add(tag);
    flushTimer ??= setTimeout(flush, DATA_CHANGED_COALESCE_MS);
  };

  const unsubscribers = [
    client.on('data:changed', (payload) => {
      const parsed = events['data:changed'].safeParse(payload);
      if (!parsed.success) return;
      if (parsed.data.tables.includes('chat_messages')) chatHistoriesStale = true;
      queue(parsed.data.tables.flatMap((table) => TAGS_BY_TABLE[table]));
    }),
    client.on('sync:status', (payload) => {
      const parsed = events['sync:status'].safeParse(payload);
      if (!parsed.success) return;
      if (outboxCountsChanged(lastStatus, parsed.data)) queue(TAGS_ON_OUTBOX_COUNTS);
      lastStatus = parsed.data;
      dispatch(syncStatusReceived(parsed.data));
    }),
    client.on('session:changed', (payload) => {
      const parsed = events['session:changed'].safeParse(payload);
      if (parsed.success) dispatch(sessionChanged(parsed.data));
    }),
    client.on('session:locked', (payload) => {
      const parsed = events['session:locked'].safeParse(payload);
      if (parsed.success) dispatch(sessionLockChanged(parsed.data.locked));
    }),
    client.on('report:progress', (payload) => {
      const parsed = events['report:progress'].safeParse(payload);
      if (parsed.success) dispatch(batchProgressReceived(parsed.data));
    }),
    client.on('chat:message', (payload) => {
      const parsed = events['chat:message'].safeParse(payload);
      if (!parsed.success) return;
      dispatch(chatLineArrived(parsed.data.clientId, parsed.data.line));
      // The list's order, previews and counts moved; a burst of messages asks once.
      queue(['ChatConversations']);
    }),
    client.on('chat:status', (payload) => {
      const parsed = events['chat:status'].safeParse(payload);
      if (parsed.success) dispatch(chatStatusReceived(parsed.data));
    }),
    client.on('chat:typing', (payload) => {
      const parsed = events['chat:typing'].safeParse(payload);
      if (parsed.success) dispatch(chatTypingReceived({ clientId: parsed.data.clientId, at: Date.now() }));
    }),
  ];

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (flushTimer) clearTimeout(flushTimer);
  };
}

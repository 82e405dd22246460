import type { ApiClient, SyncStatus } from '../../../shared/api';
import { events } from '../../../shared/api';
import { api } from './api';
import type { Tag } from './refreshTags';
import { TAGS_ON_OUTBOX_COUNTS, tagsForTables } from './refreshTags';
import { chatLineArrived, refreshChatHistories } from './chatEvents';
import { chatStatusReceived, chatTypingReceived } from './chatSlice';
import { coreStatusReceived } from './coreSlice';
import { batchProgressReceived } from './reportBatchSlice';
import { sessionChanged, sessionLockChanged } from './sessionSlice';
import { syncStatusReceived } from './syncSlice';
import type { AppDispatch } from './index';

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
  // Tags as one string each, so a view named twice in a burst is invalidated once.
  const pendingTags = new Map<string, Tag>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let lastStatus: SyncStatus | null = null;
  let chatHistoriesStale = false;

  const flush = () => {
    flushTimer = null;
    const tags = [...pendingTags.values()];
    pendingTags.clear();
    if (tags.length > 0) dispatch(api.util.invalidateTags(tags));
    if (chatHistoriesStale) void dispatch(refreshChatHistories(client));
    chatHistoriesStale = false;
  };
  const queue = (tags: readonly Tag[]) => {
    for (const tag of tags) pendingTags.set(JSON.stringify(tag), tag);
    flushTimer ??= setTimeout(flush, DATA_CHANGED_COALESCE_MS);
  };

  const unsubscribers = [
    client.on('data:changed', (payload) => {
      const parsed = events['data:changed'].safeParse(payload);
      if (!parsed.success) return;
      if (parsed.data.tables.includes('chat_messages')) chatHistoriesStale = true;
      queue(tagsForTables(parsed.data.tables));
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
    // The host's core stopped and came back: the banner, and everything asked again (data:changed follows).
    client.on('core:status', (payload) => {
      const parsed = events['core:status'].safeParse(payload);
      if (parsed.success) dispatch(coreStatusReceived(parsed.data.state));
    }),
  ];

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (flushTimer) clearTimeout(flushTimer);
  };
}

import type { ApiClient, SyncStatus } from '../../../shared/api';
import type { DATA_TABLES } from '../../../shared/api';
import { events } from '../../../shared/api';
import type { TagType } from './api';
import { api } from './api';
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
  chat_messages: [],
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

  const flush = () => {
    flushTimer = null;
    const tags = [...pendingTags];
    pendingTags.clear();
    if (tags.length > 0) dispatch(api.util.invalidateTags(tags));
  };
  const queue = (tags: readonly TagType[]) => {
    for (const tag of tags) pendingTags.add(tag);
    flushTimer ??= setTimeout(flush, DATA_CHANGED_COALESCE_MS);
  };

  const unsubscribers = [
    client.on('data:changed', (payload) => {
      const parsed = events['data:changed'].safeParse(payload);
      if (!parsed.success) return;
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
  ];

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (flushTimer) clearTimeout(flushTimer);
  };
}

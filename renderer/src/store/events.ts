import type { ApiClient } from '../../../shared/api';
import type { DATA_TABLES } from '../../../shared/api';
import { events } from '../../../shared/api';
import type { TagType } from './api';
import { api } from './api';
import { sessionChanged } from './sessionSlice';
import { syncStatusReceived } from './syncSlice';
import type { AppDispatch } from './index';

type DataTable = (typeof DATA_TABLES)[number];

/** Which cached views each table feeds. Tables without a view yet map to nothing. */
export const TAGS_BY_TABLE: Record<DataTable, readonly TagType[]> = {
  advisors: ['Session'],
  clients: ['Roster'],
  products: [],
  holdings: ['Roster'],
  interactions: [],
  reports: [],
  chat_messages: [],
};

/** A sync pulls page after page; changes are gathered this long before views refetch. */
const DATA_CHANGED_COALESCE_MS = 400;

/**
 * Wires the host's events into the store. Payloads are checked against the contract, so a
 * malformed event is dropped rather than put in the store. Returns an unsubscribe function.
 */
export function connectEvents(client: ApiClient, dispatch: AppDispatch): () => void {
  const pendingTables = new Set<DataTable>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    flushTimer = null;
    const tags = new Set<TagType>();
    for (const table of pendingTables) for (const tag of TAGS_BY_TABLE[table]) tags.add(tag);
    pendingTables.clear();
    if (tags.size > 0) dispatch(api.util.invalidateTags([...tags]));
  };

  const unsubscribers = [
    client.on('data:changed', (payload) => {
      const parsed = events['data:changed'].safeParse(payload);
      if (!parsed.success) return;
      for (const table of parsed.data.tables) pendingTables.add(table);
      flushTimer ??= setTimeout(flush, DATA_CHANGED_COALESCE_MS);
    }),
    client.on('sync:status', (payload) => {
      const parsed = events['sync:status'].safeParse(payload);
      if (parsed.success) dispatch(syncStatusReceived(parsed.data));
    }),
    client.on('session:changed', (payload) => {
      const parsed = events['session:changed'].safeParse(payload);
      if (parsed.success) dispatch(sessionChanged(parsed.data));
    }),
  ];

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (flushTimer) clearTimeout(flushTimer);
  };
}

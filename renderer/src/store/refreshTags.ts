import type { DataTable } from '../../../shared/api';

/** The cached views, by what they show. */
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

/** A view of the book (`'Roster'`), or of one client's (`{ type: 'Client360', id }`). */
export type Tag = TagType | { type: TagType; id: string };

/** Views kept per client: provided with the client's id, so a change to one client refreshes only its own. */
const PER_CLIENT: ReadonlySet<TagType> = new Set<TagType>(['ClientDetail', 'Client360', 'Interactions', 'Reports', 'Survey', 'ChatHistory']);

/**
 * Which views each table feeds: the one refresh rule, used for the host's `data:changed` (see
 * events.ts) and after a write, for the tables the contract says it `changes`.
 */
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
  // refreshed by their newest page (see chatEvents.ts), not refetched page by page.
  chat_messages: ['ChatConversations', 'ChatStatus'],
  // The needs survey the annual report quotes (local only).
  needs_surveys: ['Survey'],
  // The outbox decides what is "pending" in the drawer, the 360 page and the timeline.
  outbox: ['Outbox', 'ClientDetail', 'Client360', 'Interactions'],
  conflicts: ['Conflicts', 'ClientDetail', 'Client360'],
};

/** The tags of these views; a client's own views with its id when the client is known. */
export function tagsFor(types: readonly TagType[], clientId?: string | null): Tag[] {
  return types.map((type) => (clientId && PER_CLIENT.has(type) ? { type, id: clientId } : type));
}

/** Every view the tables feed, once each (for one client, when known). */
export function tagsForTables(tables: readonly DataTable[], clientId?: string | null): Tag[] {
  const types = new Set(tables.flatMap((table) => TAGS_BY_TABLE[table]));
  return tagsFor([...types], clientId);
}

/** When the engine's counts move, the lists behind them (and the drawer's pending marks) moved too. */
export const TAGS_ON_OUTBOX_COUNTS: readonly Tag[] = tagsForTables(['outbox', 'conflicts']);

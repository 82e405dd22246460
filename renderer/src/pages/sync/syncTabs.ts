/** The sync page's tabs, addressed as `#/sync/<tab>` (the status bar links to them). */
export const SYNC_TABS = ['outbox', 'parked', 'conflicts'] as const;
export type SyncTab = (typeof SYNC_TABS)[number];

export function syncTabOf(section: string | null): SyncTab {
  return (SYNC_TABS as readonly (string | null)[]).includes(section) ? (section as SyncTab) : 'outbox';
}

import type { SyncStatus } from '../../../../shared/api';

/** What the status bar says about the connection. */
export type ConnectionState = 'online' | 'offline' | 'syncing' | 'unknown';

export function connectionState(status: SyncStatus | null): ConnectionState {
  if (!status) return 'unknown';
  if (status.state === 'syncing') return 'syncing';
  return status.online ? 'online' : 'offline';
}

/**
 * A full re-sync's progress in whole percent, or null while the bank's total is not known yet
 * (the bar is then indeterminate). Never above 100, and 100 for an empty book.
 */
export function resyncPercent(resync: NonNullable<SyncStatus['resync']>): number | null {
  if (resync.total === null) return null;
  if (resync.total === 0) return 100;
  return Math.min(100, Math.floor((resync.done / resync.total) * 100));
}

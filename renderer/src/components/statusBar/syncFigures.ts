import type { SyncStatus } from '../../../../shared/api';

/** What the status bar says about the connection. */
export type ConnectionState = 'online' | 'offline' | 'syncing' | 'unknown';

export function connectionState(status: SyncStatus | null): ConnectionState {
  if (!status) return 'unknown';
  if (status.state === 'syncing') return 'syncing';
  return status.online ? 'online' : 'offline';
}

/** Whole percent of a total, never above 100, and 100 for nothing to do. */
function percentOf(done: number, total: number): number {
  if (total === 0) return 100;
  return Math.min(100, Math.floor((done / total) * 100));
}

/**
 * A full re-sync's progress in whole percent, or null while the bank's total is not known yet
 * (the bar is then indeterminate). Never above 100, and 100 for an empty book.
 */
export function resyncPercent(resync: NonNullable<SyncStatus['resync']>): number | null {
  return resync.total === null ? null : percentOf(resync.done, resync.total);
}

/**
 * The running pull's progress in whole percent, or null when there is none to show: no pull
 * runs, its first page has not arrived, the bank sent no count, or there is nothing to pull (a
 * poll of an up-to-date book would otherwise flash a full bar every minute). Never above 100:
 * the bank's count is a hint and may be passed.
 */
export function pullPercent(status: SyncStatus): number | null {
  if (status.state !== 'syncing' || status.pullTotal === null || status.pullTotal === 0) return null;
  return percentOf(status.pulled, status.pullTotal);
}

import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/api';
import { connectionState, resyncPercent } from './syncFigures';

const status: SyncStatus = { state: 'idle', online: true, lastSyncAt: null, lastError: null, pending: 0, parked: 0, conflicts: 0, pulled: 0, resync: null };

describe('status bar figures', () => {
  it('says syncing, online or offline', () => {
    expect(connectionState(null)).toBe('unknown');
    expect(connectionState(status)).toBe('online');
    expect(connectionState({ ...status, state: 'syncing' })).toBe('syncing');
    expect(connectionState({ ...status, state: 'offline', online: false })).toBe('offline');
    expect(connectionState({ ...status, state: 'error', online: true })).toBe('online');
  });

  it('computes the re-sync percent, indeterminate without a total', () => {
    expect(resyncPercent({ done: 10, total: null })).toBeNull();
    expect(resyncPercent({ done: 0, total: 0 })).toBe(100);
    expect(resyncPercent({ done: 1, total: 3 })).toBe(33);
    expect(resyncPercent({ done: 999, total: 1000 })).toBe(99);
    expect(resyncPercent({ done: 1200, total: 1000 })).toBe(100);
  });
});

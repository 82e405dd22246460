import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/api';
import { connectionState, pullPercent, resyncPercent } from './syncFigures';

const status: SyncStatus = { state: 'idle', online: true, lastSyncAt: null, lastError: null, pending: 0, parked: 0, conflicts: 0, pulled: 0, pullTotal: null, resync: null };

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

  it('computes a pull\'s percent from the bank\'s count, only while it runs', () => {
    const pulling = (pulled: number, pullTotal: number | null): SyncStatus => ({ ...status, state: 'syncing', pulled, pullTotal });
    expect(pullPercent(pulling(0, 5076))).toBe(0);
    expect(pullPercent(pulling(2284, 5076))).toBe(44);
    expect(pullPercent(pulling(5000, 5076))).toBe(98);
    expect(pullPercent(pulling(5076, 5076))).toBe(100);
    // The count is a hint: a pull that brings more than it said stays at 100.
    expect(pullPercent(pulling(5100, 5076))).toBe(100);
  });

  it('shows no pull percent without a count, for nothing to pull, or when no pull runs', () => {
    expect(pullPercent({ ...status, state: 'syncing', pulled: 5000, pullTotal: null })).toBeNull();
    expect(pullPercent({ ...status, state: 'syncing', pulled: 0, pullTotal: 0 })).toBeNull();
    expect(pullPercent({ ...status, state: 'idle', pulled: 5076, pullTotal: 5076 })).toBeNull();
    expect(pullPercent({ ...status, state: 'offline', online: false, pulled: 200, pullTotal: 5076 })).toBeNull();
  });
});

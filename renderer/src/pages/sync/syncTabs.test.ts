import { describe, expect, it } from 'vitest';
import { syncTabOf } from './syncTabs';

describe('sync tabs', () => {
  it('reads the tab from the route, the outbox by default', () => {
    expect(syncTabOf('parked')).toBe('parked');
    expect(syncTabOf('conflicts')).toBe('conflicts');
    expect(syncTabOf(null)).toBe('outbox');
    expect(syncTabOf('nonsense')).toBe('outbox');
  });
});

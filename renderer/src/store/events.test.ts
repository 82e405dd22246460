import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, ApiTransport, SessionInfo, SyncStatus } from '../../../shared/api';
import { AppError, createApiClient } from '../../../shared/api';
import { api } from './api';
import { sessionApi } from './endpoints/session';
import { syncApi } from './endpoints/sync';
import { connectEvents, outboxCountsChanged } from './events';
import { TAGS_BY_TABLE } from './refreshTags';
import { createStore } from './index';
import { sessionChanged } from './sessionSlice';

/** A transport whose events the test fires by hand. */
function fakeTransport() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: ApiTransport = {
    invoke: vi.fn(async () => ({ ok: true as const, value: null })),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return { transport, emit, listeners };
}

const advisor = { id: 'adv-1', username: 'wang', name: '王芳', nameEn: 'Wang Fang', employeeNo: 'E1', branch: '上海分行', title: '客户经理', phone: null, email: null };
const session: SessionInfo = { advisor, mode: 'online', locked: false, cacheRebuilt: null };
const idleStatus = { state: 'idle', online: true, lastSyncAt: null, lastError: null, pending: 0, parked: 0, conflicts: 0, pulled: 0, pullTotal: null, resync: null };

afterEach(() => {
  vi.useRealTimers();
});

describe('outboxCountsChanged', () => {
  it('compares pending, parked and conflicts only', () => {
    const base = idleStatus as SyncStatus;
    expect(outboxCountsChanged(null, base)).toBe(false);
    expect(outboxCountsChanged(base, { ...base, pulled: 9, state: 'syncing' })).toBe(false);
    expect(outboxCountsChanged(base, { ...base, pending: 1 })).toBe(true);
    expect(outboxCountsChanged(base, { ...base, conflicts: 1 })).toBe(true);
  });
});

describe('session lock from failed calls', () => {
  it('locks the UI when any call fails with LOCKED', async () => {
    const fake = fakeTransport();
    const store = createStore(createApiClient(fake.transport));
    store.dispatch(sessionChanged(session));
    vi.mocked(fake.transport.invoke).mockResolvedValueOnce({ ok: false, error: new AppError('session.locked').toApiError() });
    await store.dispatch(syncApi.endpoints.outbox.initiate({ advisorId: 'adv-1' }));
    expect(store.getState().session.info?.locked).toBe(true);
  });

  it('unlocks with the session the host answers', async () => {
    const fake = fakeTransport();
    const store = createStore(createApiClient(fake.transport));
    store.dispatch(sessionChanged({ ...session, locked: true }));
    vi.mocked(fake.transport.invoke).mockResolvedValueOnce({ ok: true, value: session });
    await store.dispatch(sessionApi.endpoints.unlock.initiate({ password: 'secret' }));
    expect(store.getState().session.info?.locked).toBe(false);
  });

  it('does not lock on other errors', async () => {
    const fake = fakeTransport();
    const store = createStore(createApiClient(fake.transport));
    store.dispatch(sessionChanged(session));
    vi.mocked(fake.transport.invoke).mockResolvedValueOnce({ ok: false, error: new AppError('bank.unreachable').toApiError() });
    await store.dispatch(syncApi.endpoints.outbox.initiate({ advisorId: 'adv-1' }));
    expect(store.getState().session.info?.locked).toBe(false);
  });
});

describe('connectEvents', () => {
  function setup() {
    const fake = fakeTransport();
    const client: ApiClient = createApiClient(fake.transport);
    const store = createStore(client);
    const dispatch = vi.fn(store.dispatch);
    const disconnect = connectEvents(client, dispatch as unknown as typeof store.dispatch);
    return { ...fake, store, dispatch, disconnect };
  }

  it('puts session:changed and sync:status into their slices', () => {
    const { emit, store } = setup();
    emit('session:changed', session);
    expect(store.getState().session).toEqual({ known: true, info: session });
    emit('sync:status', { ...idleStatus, state: 'error', online: false, lastError: new AppError('bank.unreachable').toApiError(), pending: 2 });
    expect(store.getState().sync.status?.state).toBe('error');
    emit('session:changed', null);
    expect(store.getState().session).toEqual({ known: true, info: null });
  });

  it('drops payloads that break the contract', () => {
    const { emit, store } = setup();
    emit('sync:status', { state: 'exploded' });
    emit('session:changed', { advisor: { id: '' } });
    expect(store.getState().sync.status).toBeNull();
    expect(store.getState().session.known).toBe(false);
  });

  it('coalesces data:changed and invalidates the roster for clients', async () => {
    vi.useFakeTimers();
    const { emit, dispatch } = setup();
    emit('data:changed', { tables: ['clients'] });
    emit('data:changed', { tables: ['clients', 'products'] });
    expect(dispatch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    const invalidations = dispatch.mock.calls.map(([action]) => action).filter((action) => api.util.invalidateTags.match(action));
    expect(invalidations).toHaveLength(1);
    expect(new Set(invalidations[0]?.payload as string[])).toEqual(new Set(['Roster', 'RosterTags', 'Search', 'ClientDetail', 'Client360', 'Cadence']));
  });

  it('refreshes the sync lists and the drawer for outbox and conflicts', async () => {
    vi.useFakeTimers();
    const { emit, dispatch } = setup();
    emit('data:changed', { tables: ['outbox', 'conflicts'] });
    await vi.advanceTimersByTimeAsync(500);
    const invalidation = dispatch.mock.calls.map(([action]) => action).find((action) => api.util.invalidateTags.match(action));
    expect(new Set(invalidation?.payload as string[])).toEqual(new Set(['Outbox', 'ClientDetail', 'Client360', 'Interactions', 'Conflicts']));
  });

  it('refreshes the 360 page, the report lists and the 12-4-2-1 views for holdings, interactions and reports', async () => {
    vi.useFakeTimers();
    const { emit, dispatch } = setup();
    emit('data:changed', { tables: ['holdings', 'interactions', 'reports'] });
    await vi.advanceTimersByTimeAsync(500);
    const invalidation = dispatch.mock.calls.map(([action]) => action).find((action) => api.util.invalidateTags.match(action));
    expect(new Set(invalidation?.payload as string[])).toEqual(new Set(['Roster', 'Client360', 'Interactions', 'Cadence', 'Reports']));
  });

  it('refreshes the 12-4-2-1 dashboard, worklist and plan for clients, interactions and reports', () => {
    for (const table of ['clients', 'interactions', 'reports'] as const) expect(TAGS_BY_TABLE[table], table).toContain('Cadence');
    // The roster's 12-4-2-1 column moves with the annual report too.
    expect(TAGS_BY_TABLE.reports).toContain('Roster');
  });

  it('refreshes the sync lists when the status counts move, not on every status', async () => {
    vi.useFakeTimers();
    const { emit, dispatch } = setup();
    const invalidations = () => dispatch.mock.calls.map(([action]) => action).filter((action) => api.util.invalidateTags.match(action));
    emit('sync:status', idleStatus);
    emit('sync:status', { ...idleStatus, state: 'syncing', pulled: 40 });
    await vi.advanceTimersByTimeAsync(500);
    expect(invalidations()).toHaveLength(0);
    emit('sync:status', { ...idleStatus, parked: 1 });
    await vi.advanceTimersByTimeAsync(500);
    expect(invalidations()).toHaveLength(1);
    expect(invalidations()[0]?.payload).toEqual(expect.arrayContaining(['Outbox', 'Conflicts']));
  });

  it('locks and unlocks the session on session:locked', () => {
    const { emit, store } = setup();
    emit('session:locked', { locked: true }); // nobody signed in: nothing to lock
    expect(store.getState().session.info).toBeNull();
    emit('session:changed', session);
    emit('session:locked', { locked: true });
    expect(store.getState().session.info?.locked).toBe(true);
    emit('session:locked', { locked: false });
    expect(store.getState().session.info?.locked).toBe(false);
    emit('session:locked', { locked: 'yes' });
    expect(store.getState().session.info?.locked).toBe(false);
  });

  it('unsubscribes everything', () => {
    const { listeners, disconnect } = setup();
    disconnect();
    for (const set of listeners.values()) expect(set.size).toBe(0);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, ApiTransport, SessionInfo } from '../../../shared/api';
import { createApiClient } from '../../../shared/api';
import { api } from './api';
import { connectEvents } from './events';
import { createStore } from './index';

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
const session: SessionInfo = { advisor, mode: 'online' };

afterEach(() => {
  vi.useRealTimers();
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
    emit('sync:status', { state: 'error', lastSyncAt: null, lastError: { code: 'OFFLINE', message: 'no network' }, pending: 2, pulled: 0 });
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
    expect(invalidations[0]?.payload).toEqual(['Roster']);
  });

  it('unsubscribes everything', () => {
    const { listeners, disconnect } = setup();
    disconnect();
    for (const set of listeners.values()) expect(set.size).toBe(0);
  });
});

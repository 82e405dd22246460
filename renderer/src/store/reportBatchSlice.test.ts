import { describe, expect, it, vi } from 'vitest';
import type { ApiTransport, BatchStatus } from '../../../shared/api';
import { AppError, createApiClient } from '../../../shared/api';
import { reportsApi } from './endpoints/reports';
import { connectEvents } from './events';
import { createStore } from './index';
import { mergeBatchStatus } from './reportBatchSlice';
import { inRosterOrder } from './rosterSelectionSlice';

const status = (patch: Partial<BatchStatus>): BatchStatus => ({ batchId: 'b1', state: 'running', total: 10, done: 0, failed: [], folder: '/out', printQueue: null, ...patch });

describe('mergeBatchStatus', () => {
  it('takes the first status and then whichever has handled more', () => {
    const three = status({ done: 3 });
    expect(mergeBatchStatus(null, three)).toBe(three);
    expect(mergeBatchStatus(three, status({ done: 2 }))).toBe(three);
    const failed = status({ done: 3, failed: [{ clientId: 'c1', name: '张伟', error: new AppError('report.render_failed').toApiError() }] });
    expect(mergeBatchStatus(three, failed)).toBe(failed);
  });

  it('never lets an ended batch run again, and lets an end through at once', () => {
    const done = status({ state: 'done', done: 10 });
    expect(mergeBatchStatus(done, status({ done: 9 }))).toBe(done);
    const cancelled = status({ state: 'cancelled', done: 4 });
    expect(mergeBatchStatus(status({ done: 5 }), cancelled)).toBe(cancelled);
  });

  it('keeps watching a running batch over news of another; an ended one gives way', () => {
    const running = status({ done: 1 });
    const other = status({ batchId: 'b2', done: 7 });
    expect(mergeBatchStatus(running, other)).toBe(running);
    expect(mergeBatchStatus(status({ state: 'done' }), other)).toBe(other);
  });
});

describe('report:progress', () => {
  it('lands in the store once a batch is started, and malformed events are dropped', async () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const transport: ApiTransport = {
      invoke: vi.fn(async () => ({ ok: true as const, value: status({}) })),
      on: (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    };
    const client = createApiClient(transport);
    const store = createStore(client);
    connectEvents(client, store.dispatch);
    await store.dispatch(reportsApi.endpoints.startBatch.initiate({ kind: 'annual_wealth', clients: 'annual_report_due' }, { track: false }));
    listeners.get('report:progress')?.(status({ done: 4 }));
    listeners.get('report:progress')?.({ batchId: 'b1', done: 'lots' });
    expect(store.getState().reportBatch.status?.done).toBe(4);
    listeners.get('report:progress')?.(status({ state: 'done', done: 10 }));
    expect(store.getState().reportBatch.status?.state).toBe('done');
  });
});

describe('inRosterOrder', () => {
  it('orders ticked ids as the roster shows them, and keeps ids no longer shown after those', () => {
    expect(inRosterOrder(['c', 'a'], ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(inRosterOrder(['x', 'c', 'a'], ['a', 'b', 'c'])).toEqual(['a', 'c', 'x']);
    expect(inRosterOrder([], ['a'])).toEqual([]);
  });
});

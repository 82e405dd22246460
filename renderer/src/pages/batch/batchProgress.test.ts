import { describe, expect, it } from 'vitest';
import type { BatchStatus } from '../../../../shared/api';
import { AppError } from '../../../../shared/api';
import { batchHandled, batchPercent } from './batchProgress';

const failure = (n: number) => ({ clientId: `c-${n}`, name: `客户${n}`, error: new AppError('report.render_failed').toApiError() });
const status = (patch: Partial<BatchStatus>): BatchStatus => ({ batchId: 'b1', state: 'running', total: 200, done: 0, failed: [], folder: '/tmp/out', printQueue: null, ...patch });

describe('batch progress', () => {
  it('counts made and failed clients as handled, never over the total', () => {
    expect(batchHandled(status({ done: 10, failed: [failure(1), failure(2)] }))).toBe(12);
    expect(batchHandled(status({ total: 3, done: 3, failed: [failure(1)] }))).toBe(3);
  });

  it('shows whole percents while running, never 100 before the batch says done', () => {
    expect(batchPercent(status({ done: 0 }))).toBe(0);
    expect(batchPercent(status({ done: 1 }))).toBe(0);
    expect(batchPercent(status({ done: 99, failed: [failure(1)] }))).toBe(50);
    expect(batchPercent(status({ done: 200 }))).toBe(99);
    expect(batchPercent(status({ state: 'done', done: 198, failed: [failure(1), failure(2)] }))).toBe(100);
  });

  it('handles an empty batch and a cancelled one', () => {
    expect(batchPercent(status({ total: 0 }))).toBe(0);
    expect(batchPercent(status({ state: 'done', total: 0 }))).toBe(100);
    expect(batchPercent(status({ state: 'cancelled', done: 50 }))).toBe(25);
  });
});

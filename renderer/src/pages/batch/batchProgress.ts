import type { BatchStatus } from '../../../../shared/api';

/**
 * Clients the batch has dealt with, made or failed. The contract counts `done` and lists `failed`
 * separately, so the two are added; never more than the total.
 */
export function batchHandled(status: Pick<BatchStatus, 'done' | 'failed' | 'total'>): number {
  return Math.min(status.total, status.done + status.failed.length);
}

/** The progress bar's percent, whole numbers: 100 only when the batch says it is done. */
export function batchPercent(status: Pick<BatchStatus, 'state' | 'done' | 'failed' | 'total'>): number {
  if (status.state === 'done') return 100;
  if (status.total === 0) return 0;
  return Math.min(99, Math.floor((batchHandled(status) / status.total) * 100));
}

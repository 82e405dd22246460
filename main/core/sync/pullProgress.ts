import type { SyncStatus } from '../../../shared/api';

export type PullProgress = Pick<SyncStatus, 'pulled' | 'pullTotal' | 'resync'>;

/**
 * The status's progress after a page: what it applied is added to the pull's and the re-sync's
 * counts, and the bank's `remaining` after it gives each its total. A bank that sends no count
 * leaves both totals unknown (null) rather than guessing, so the bar stays indeterminate.
 */
export function progressAfterPage(before: PullProgress, applied: number, remaining: number | null): PullProgress {
  const pulled = before.pulled + applied;
  const totalFrom = (done: number) => (remaining === null ? null : done + remaining);
  const resyncDone = before.resync ? before.resync.done + applied : null;
  return {
    pulled,
    pullTotal: totalFrom(pulled),
    resync: resyncDone === null ? null : { done: resyncDone, total: totalFrom(resyncDone) },
  };
}

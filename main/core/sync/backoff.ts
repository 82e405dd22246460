/**
 * When to try the bank again after a retryable failure: capped exponential backoff with jitter
 * (half the step fixed, half random, so a branch full of desks coming back online does not
 * knock in step), or the bank's own Retry-After when it gave one.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 30_000 };

export function retryDelayMs(failures: number, policy: BackoffPolicy, retryAfterSec: number | undefined, random: () => number = Math.random): number {
  if (retryAfterSec !== undefined) return Math.min(retryAfterSec * 1000, policy.capMs * 10);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The host's idle timer needs to hear of the RM at most this often. */
export const ACTIVITY_PING_INTERVAL_MS = 30_000;

export interface ActivityThrottle {
  /** Called on every key or mouse event: true when a ping is due now (and counts it as sent). */
  take(): boolean;
}

/**
 * Lets through the first activity and then at most one per `intervalMs`. A clock is passed in so
 * the rule can be tested without timers.
 */
export function createActivityThrottle(intervalMs: number = ACTIVITY_PING_INTERVAL_MS, now: () => number = Date.now): ActivityThrottle {
  let last: number | null = null;
  return {
    take() {
      const at = now();
      if (last !== null && at - last < intervalMs && at >= last) return false;
      last = at;
      return true;
    },
  };
}

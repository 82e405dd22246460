/**
 * Waits for the event loop's next check phase: lets I/O that is due (a request about to leave)
 * go before synchronous work holds the thread. Awaited by its caller, so nothing outlives it.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

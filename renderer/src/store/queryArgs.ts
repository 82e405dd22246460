/** RTK Query's way to say an endpoint takes no argument (`useAppInfoQuery()`). */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's documented idiom
export type NoArg = void;

/**
 * Client data is cached per advisor: `advisorId` is never sent, it only keys the cache, so after
 * a logout nobody else's book, outbox or client is ever shown from cache.
 */
export interface AdvisorArg {
  advisorId: string;
}

export interface ClientArg extends AdvisorArg {
  clientId: string;
}

/** The client a query's argument (or a write's input or answer) is about, when it names one. */
export function clientIdIn(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('clientId' in value)) return null;
  return typeof value.clientId === 'string' ? value.clientId : null;
}

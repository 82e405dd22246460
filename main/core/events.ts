import type { EventName, EventPayload } from '../../shared/api';

export type CoreEventListener = (event: EventName, payload: unknown) => void;

/** Events from the core to whichever host adapter is attached (IPC or web host). */
export class CoreEvents {
  private readonly listeners = new Set<CoreEventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

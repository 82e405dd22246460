import type { DataTable } from '../../../shared/api';

export type ChangeListener = (tables: readonly DataTable[]) => void;

/**
 * The core's own word that tables changed: a local write committed, a pulled page was applied, a
 * chat message was stored. Services that keep derived data (12-4-2-1 results) listen here,
 * synchronously, before anything else reads; the renderer's `data:changed` is one listener
 * among them, never the source.
 */
export class ChangeNotifier {
  private readonly listeners = new Set<ChangeListener>();

  notify(tables: readonly DataTable[]): void {
    if (tables.length === 0) return;
    const unique = [...new Set(tables)];
    for (const listener of [...this.listeners]) listener(unique);
  }

  /** Answers the unsubscribe function (give it to a DisposableStore's `listen`). */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

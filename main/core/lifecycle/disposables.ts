/**
 * Owned timers and listeners (the idea of VS Code's `DisposableStore`, written for us): every
 * timer, interval and subscription a service starts is registered with that service's store, and
 * disposing the store ends them all, so signing out or locking leaves nothing running behind it.
 * Services in main/core never call setTimeout or setInterval themselves (eslint holds them to it).
 */
export interface Disposable {
  dispose(): void;
}

/** A cleanup function as a disposable that runs at most once. */
export function toDisposable(cleanup: () => void): Disposable {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      cleanup();
    },
  };
}

/** Timers and listeners alive across every store, for the tests that prove nothing is left behind. */
const alive = { timers: 0, listeners: 0 };
export function ownedAlive(): { timers: number; listeners: number } {
  return { ...alive };
}

export class DisposableStore implements Disposable {
  private readonly items = new Set<Disposable>();
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** How many things this store still owns. */
  get size(): number {
    return this.items.size;
  }

  /** Owns `item`; a store already disposed disposes it at once (a late start never outlives its owner). */
  add<T extends Disposable>(item: T): T {
    if (this.disposed) {
      item.dispose();
      return item;
    }
    this.items.add(item);
    return item;
  }

  /** Runs `run` once after `ms`; the handle cancels it. Never keeps the process alive. */
  timeout(run: () => void, ms: number): Disposable {
    let handle: NodeJS.Timeout | null = null;
    const owned = this.owned('timers', () => {
      if (handle) clearTimeout(handle);
    });
    if (this.disposed) return owned;
    handle = setTimeout(() => {
      owned.dispose();
      run();
    }, ms);
    handle.unref();
    return owned;
  }

  /** Runs `run` once in the event loop's next check phase (after the I/O now due), unless disposed first. */
  immediate(run: () => void): Disposable {
    let handle: NodeJS.Immediate | null = null;
    const owned = this.owned('timers', () => {
      if (handle) clearImmediate(handle);
    });
    if (this.disposed) return owned;
    handle = setImmediate(() => {
      owned.dispose();
      run();
    });
    handle.unref();
    return owned;
  }

  /** Runs `run` every `ms` until disposed. Never keeps the process alive. */
  interval(run: () => void, ms: number): Disposable {
    let handle: NodeJS.Timeout | null = null;
    const owned = this.owned('timers', () => {
      if (handle) clearInterval(handle);
    });
    if (this.disposed) return owned;
    handle = setInterval(run, ms);
    handle.unref();
    return owned;
  }

  /** A subscription (an `unsubscribe` function, as `CoreEvents.subscribe` answers) owned by this store. */
  listen(unsubscribe: () => void): Disposable {
    return this.owned('listeners', unsubscribe);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const items = [...this.items];
    this.items.clear();
    for (const item of items) item.dispose();
  }

  /** Counted while alive; removed from the store (and the count) once disposed or fired. */
  private owned(kind: 'timers' | 'listeners', cleanup: () => void): Disposable {
    alive[kind] += 1;
    const item: Disposable = toDisposable(() => {
      alive[kind] -= 1;
      this.items.delete(item);
      cleanup();
    });
    return this.add(item);
  }
}

/**
 * At most one pending run of a task, owned by a store: `schedule` replaces a pending run (the
 * sync engine's next cycle), `scheduleIfIdle` keeps it (a catch-up already asked for).
 */
export class OwnedTimer implements Disposable {
  private pending: Disposable | null = null;

  constructor(private readonly store: DisposableStore) {}

  get isPending(): boolean {
    return this.pending !== null;
  }

  schedule(run: () => void, ms: number): void {
    this.cancel();
    this.pending = this.store.timeout(() => {
      this.pending = null;
      run();
    }, ms);
  }

  scheduleIfIdle(run: () => void, ms: number): void {
    if (!this.pending) this.schedule(run, ms);
  }

  cancel(): void {
    this.pending?.dispose();
    this.pending = null;
  }

  dispose(): void {
    this.cancel();
  }
}

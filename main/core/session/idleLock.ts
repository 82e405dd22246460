import type { Disposable } from '../lifecycle/disposables';
import { DisposableStore } from '../lifecycle/disposables';

/** How often the idle check runs; auto-lock happens within this of the idle limit. */
const IDLE_CHECK_MS = 5_000;

/**
 * Auto-lock: after `limitMs` without the RM's activity, `onIdle` runs. The check runs only while
 * the desk is open (started at sign-in and unlock, stopped by a lock and by sign-out), so a
 * locked or signed-out desk has no timer of its own.
 */
export class IdleLock implements Disposable {
  private readonly store = new DisposableStore();
  private check: Disposable | null = null;
  private lastActivity: number;

  constructor(private readonly options: { limitMs: number; now: () => Date; onIdle: () => void }) {
    this.lastActivity = options.now().getTime();
  }

  get running(): boolean {
    return this.check !== null;
  }

  touch(): void {
    this.lastActivity = this.options.now().getTime();
  }

  start(): void {
    this.stop();
    this.touch();
    this.check = this.store.interval(() => {
      if (this.options.now().getTime() - this.lastActivity >= this.options.limitMs) this.options.onIdle();
    }, Math.min(IDLE_CHECK_MS, this.options.limitMs));
  }

  stop(): void {
    this.check?.dispose();
    this.check = null;
  }

  dispose(): void {
    this.stop();
    this.store.dispose();
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisposableStore, OwnedTimer, ownedAlive, toDisposable } from './disposables';

afterEach(() => {
  vi.useRealTimers();
});

describe('owned timers and listeners', () => {
  it('ends everything a store owns when it is disposed, once, and what it is given afterwards at once', () => {
    vi.useFakeTimers();
    const baseline = ownedAlive();
    const store = new DisposableStore();
    const fired: string[] = [];
    store.timeout(() => fired.push('timeout'), 100);
    store.interval(() => fired.push('interval'), 50);
    const unsubscribe = vi.fn();
    store.listen(unsubscribe);
    const cleanup = vi.fn();
    store.add(toDisposable(cleanup));
    expect(ownedAlive()).toEqual({ timers: baseline.timers + 2, listeners: baseline.listeners + 1 });
    vi.advanceTimersByTime(120);
    expect(fired).toEqual(['interval', 'timeout', 'interval']);
    expect(ownedAlive().timers).toBe(baseline.timers + 1); // the fired timeout is gone by itself
    store.dispose();
    store.dispose();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(ownedAlive()).toEqual(baseline);
    vi.advanceTimersByTime(1_000);
    expect(fired).toHaveLength(3);
    const late = vi.fn();
    store.add(toDisposable(late));
    store.timeout(() => fired.push('late'), 1);
    vi.advanceTimersByTime(10);
    expect(late).toHaveBeenCalledTimes(1);
    expect(fired).toHaveLength(3);
    expect(store.size).toBe(0);
  });

  it('keeps at most one pending run of an owned timer', () => {
    vi.useFakeTimers();
    const store = new DisposableStore();
    const timer = store.add(new OwnedTimer(store));
    const runs: string[] = [];
    timer.schedule(() => runs.push('a'), 100);
    timer.schedule(() => runs.push('b'), 100);
    timer.scheduleIfIdle(() => runs.push('c'), 10);
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['b']);
    timer.schedule(() => runs.push('d'), 100);
    store.dispose();
    vi.advanceTimersByTime(200);
    expect(runs).toEqual(['b']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownedAlive } from '../lifecycle/disposables';
import { IdleLock } from './idleLock';

afterEach(() => {
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('locks after the idle limit, is kept open by activity, and has no timer while stopped', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const lock = new IdleLock({ limitMs: 60_000, now: () => new Date(), onIdle });
    const baseline = ownedAlive().timers;
    lock.start();
    expect(ownedAlive().timers).toBe(baseline + 1);
    vi.advanceTimersByTime(40_000);
    lock.touch();
    vi.advanceTimersByTime(40_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(25_000);
    expect(onIdle).toHaveBeenCalled();
    lock.stop();
    expect(lock.running).toBe(false);
    expect(ownedAlive().timers).toBe(baseline);
    onIdle.mockClear();
    vi.advanceTimersByTime(600_000);
    expect(onIdle).not.toHaveBeenCalled();
    lock.start();
    lock.dispose();
    expect(ownedAlive().timers).toBe(baseline);
  });
});

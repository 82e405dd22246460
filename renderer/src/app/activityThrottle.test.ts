import { describe, expect, it } from 'vitest';
import { ACTIVITY_PING_INTERVAL_MS, createActivityThrottle } from './activityThrottle';

describe('activity throttle', () => {
  it('lets the first activity through, then one per 30 s', () => {
    let now = 1_000_000;
    const throttle = createActivityThrottle(ACTIVITY_PING_INTERVAL_MS, () => now);
    expect(throttle.take()).toBe(true);
    now += 1;
    expect(throttle.take()).toBe(false);
    now += 29_998;
    expect(throttle.take()).toBe(false);
    now += 1; // 30 s after the first
    expect(throttle.take()).toBe(true);
    now += 10_000;
    expect(throttle.take()).toBe(false);
    now += 60_000;
    expect(throttle.take()).toBe(true);
  });

  it('does not stall when the clock goes back', () => {
    let now = 1_000_000;
    const throttle = createActivityThrottle(30_000, () => now);
    expect(throttle.take()).toBe(true);
    now -= 5_000;
    expect(throttle.take()).toBe(true);
  });
});

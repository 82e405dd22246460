import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDate, zonedDate, zonedStartOfDay } from './zoned';

describe('zoned dates', () => {
  it('reads the calendar date in the zone, not in UTC', () => {
    expect(zonedDate(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(zonedDate(new Date('2026-11-30T16:30:00Z'), 'UTC')).toBe('2026-11-30');
  });

  it('finds the instant a day begins, across DST changes', () => {
    expect(zonedStartOfDay({ year: 2026, month: 12, day: 1 }, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(zonedStartOfDay({ year: 2026, month: 3, day: 29 }, 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedStartOfDay({ year: 2026, month: 3, day: 30 }, 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('adds months clamping to the month end, and days across years', () => {
    expect(formatDate(addMonths({ year: 2024, month: 1, day: 31 }, 1))).toBe('2024-02-29');
    expect(formatDate(addMonths({ year: 2025, month: 3, day: 15 }, -12))).toBe('2024-03-15');
    expect(formatDate(addMonths({ year: 2026, month: 12, day: 5 }, 1))).toBe('2027-01-05');
    expect(formatDate(addDays({ year: 2026, month: 12, day: 20 }, 30))).toBe('2027-01-19');
  });
});

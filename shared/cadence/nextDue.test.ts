import { describe, expect, it } from 'vitest';
import { dueState, nextDueOn } from './nextDue';

describe('the next themed contact', () => {
  it('is due by the end of this month until this month has one, then on the first of next month', () => {
    expect(nextDueOn(false, { year: 2026, month: 2, day: 10 })).toBe('2026-02-28');
    expect(nextDueOn(true, { year: 2026, month: 2, day: 10 })).toBe('2026-03-01');
    expect(nextDueOn(true, { year: 2026, month: 12, day: 31 })).toBe('2027-01-01');
  });

  it('is highlighted when it is due this month or already late', () => {
    const today = '2026-03-15';
    expect(dueState('2026-03-01', today)).toBe('overdue');
    expect(dueState('2026-03-15', today)).toBe('thisMonth');
    expect(dueState('2026-03-31', today)).toBe('thisMonth');
    expect(dueState('2026-04-01', today)).toBe('later');
    expect(dueState('2026-02-28', '2026-02-10')).toBe('thisMonth');
    expect(dueState('2026-03-01', '2026-02-10')).toBe('later');
  });
});

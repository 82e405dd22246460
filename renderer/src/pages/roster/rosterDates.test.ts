import { describe, expect, it } from 'vitest';
import { dueState, rosterDay } from './rosterDates';
import { createPlaceMemory, rosterPlaceSignature } from './rosterPlace';

describe('roster dates', () => {
  const day = rosterDay({ date: '2026-03-15', year: 2026 }); // the bank's 15 March 2026

  it('knows today and the end of the month', () => {
    expect(day).toEqual({ today: '2026-03-15', monthEnd: '2026-03-31' });
    expect(rosterDay({ date: '2026-02-10', year: 2026 }).monthEnd).toBe('2026-02-28');
  });

  it('highlights a next contact due this month or already late', () => {
    expect(dueState('2026-03-01', day)).toBe('overdue');
    expect(dueState('2026-03-15', day)).toBe('thisMonth');
    expect(dueState('2026-03-31', day)).toBe('thisMonth');
    expect(dueState('2026-04-01', day)).toBe('later');
  });
});

describe('roster place memory', () => {
  it('gives the place back only for the same advisor, sort and filter', () => {
    const memory = createPlaceMemory();
    const sort = { field: 'aum', order: 'desc' } as const;
    const signature = rosterPlaceSignature('adv-1', sort, { tags: ['b', 'a'] });
    expect(memory.recall(signature)).toBeNull();
    memory.remember({ signature, scrollTop: 4200, clientId: 'c-42' });
    expect(memory.recall(rosterPlaceSignature('adv-1', sort, { tags: ['a', 'b'] }))).toEqual({ signature, scrollTop: 4200, clientId: 'c-42' });
    expect(memory.recall(rosterPlaceSignature('adv-2', sort, { tags: ['a', 'b'] }))).toBeNull();
    expect(memory.recall(rosterPlaceSignature('adv-1', { field: 'name', order: 'asc' }, { tags: ['a', 'b'] }))).toBeNull();
    expect(memory.recall(rosterPlaceSignature('adv-1', sort, {}))).toBeNull();
  });
});

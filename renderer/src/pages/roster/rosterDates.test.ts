import { describe, expect, it } from 'vitest';
import { rosterDay } from './rosterDates';
import { createPlaceMemory, rosterPlaceSignature } from './rosterPlace';

describe('roster dates', () => {
  const day = rosterDay({ date: '2026-03-15', year: 2026 }); // the bank's 15 March 2026

  it("reads the bank's today", () => {
    expect(day).toEqual({ today: '2026-03-15' });
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

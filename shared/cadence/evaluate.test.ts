import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCadence } from './index';
import type { CadenceInput, CadenceStatus } from './index';

type Interaction = CadenceInput['interactions'][number];
const touch = (occurredAt: string, extra: Partial<Interaction> = {}): Interaction => ({ occurredAt, theme: '市场观点', channel: 'phone', ...extra });
const review = (occurredAt: string, channel: Interaction['channel'] = 'phone'): Interaction => touch(occurredAt, { theme: '资产配置检视', isAllocationReview: true, channel });
const monthly = (year: number, months: number[], day = 15) => months.map((m) => touch(`${year}-${String(m).padStart(2, '0')}-${day}`));
const base = (extra: Partial<CadenceInput>): CadenceInput => ({ year: 2026, asOf: '2026-06-15', interactions: [], reports: [], ...extra });

describe('evaluateCadence: the worked cases', () => {
  it('a full year done is complete', () => {
    const r = evaluateCadence(
      base({
        asOf: '2026-12-31',
        interactions: [...monthly(2026, [1, 2, 4, 5, 7, 8, 10, 11]), review('2026-03-10', 'face_to_face'), review('2026-06-10'), review('2026-09-10', 'face_to_face'), review('2026-12-10')],
        reports: [{ kind: 'annual_wealth', deliveredAt: '2026-12-01' }],
      }),
    );
    expect(r.status).toBe('complete');
    expect(r.months.every((m) => m === 'done')).toBe(true);
    // asOf in December: eleven months lie wholly before it (E = 11)
    expect(r.monthly).toEqual({ done: 12, target: 12, expected: 11 });
    expect(r.reviews).toEqual({ done: 4, target: 4, expected: 3 });
    expect(r.faceToFace).toEqual({ done: 2, target: 2, expected: 1 });
    expect(r.annualReport).toEqual({ done: 1, target: 1, expected: 0 });
  });

  it('mid-year, on pace: months before are done, this month due, so at risk until it is done', () => {
    const interactions = [...monthly(2026, [1, 2, 4, 5]), review('2026-03-05', 'face_to_face')];
    const r = evaluateCadence(base({ asOf: '2026-06-15', interactions }));
    expect(r.months).toEqual(['done', 'done', 'done', 'done', 'done', 'due', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(r.monthly).toEqual({ done: 5, target: 12, expected: 5 });
    expect(r.reviews).toEqual({ done: 1, target: 4, expected: 1 }); // ⌊4·5/12⌋
    expect(r.faceToFace).toEqual({ done: 1, target: 2, expected: 0 });
    expect(r.status).toBe('at_risk');
    const doneThisMonth = evaluateCadence(base({ asOf: '2026-06-15', interactions: [...interactions, review('2026-06-02')] }));
    expect(doneThisMonth.months[5]).toBe('done');
    expect(doneThisMonth.status).toBe('on_track'); // reviews 2 ≥ ⌊4·6/12⌋ = 2; face 1 ≥ ⌊2·6/12⌋ = 1
  });

  it('a missed month is behind', () => {
    const r = evaluateCadence(base({ asOf: '2026-06-15', interactions: monthly(2026, [1, 2, 4, 5, 6]) }));
    expect(r.months[2]).toBe('missed');
    expect(r.status).toBe('behind');
  });

  it('fewer reviews than expected is behind even with every month covered', () => {
    const r = evaluateCadence(base({ asOf: '2026-07-20', interactions: monthly(2026, [1, 2, 3, 4, 5, 6, 7]) }));
    expect(r.reviews.expected).toBe(2);
    expect(r.status).toBe('behind');
  });

  it('in the fourth quarter an undelivered annual report is at risk', () => {
    const interactions = [...monthly(2026, [1, 2, 4, 5, 7, 8]), review('2026-03-01', 'face_to_face'), review('2026-06-01'), review('2026-09-01', 'face_to_face'), review('2026-10-01')];
    expect(evaluateCadence(base({ asOf: '2026-10-20', interactions })).status).toBe('at_risk');
    expect(evaluateCadence(base({ asOf: '2026-10-20', interactions, reports: [{ kind: 'annual_wealth', deliveredAt: '2026-10-10' }] })).status).toBe('on_track');
    expect(evaluateCadence(base({ asOf: '2026-10-20', interactions, reports: [{ kind: 'allocation', deliveredAt: '2026-10-10' }] })).status).toBe('at_risk');
    expect(evaluateCadence(base({ asOf: '2026-10-20', interactions, reports: [{ kind: 'annual_wealth', deliveredAt: null }] })).status).toBe('at_risk');
  });
});

describe('evaluateCadence: dates and windows', () => {
  it('reads month boundaries in the given zone', () => {
    // 2026-01-31T17:00Z is 1 February in Shanghai, 31 January in New York.
    const i = [touch('2026-01-31T17:00:00Z')];
    expect(evaluateCadence(base({ asOf: '2026-03-01', interactions: i })).months.slice(0, 2)).toEqual(['missed', 'done']);
    expect(evaluateCadence(base({ asOf: '2026-03-01', interactions: i, timeZone: 'America/New_York' })).months.slice(0, 2)).toEqual(['done', 'missed']);
  });

  it('takes a bare asOf as the end of that day and a bare occurredAt as its start', () => {
    const i = [touch('2026-06-15')];
    expect(evaluateCadence(base({ asOf: '2026-06-15', interactions: i })).months[5]).toBe('done');
    expect(evaluateCadence(base({ asOf: '2026-06-14', interactions: i })).months[5]).toBe('due'); // after asOf: not counted
    expect(evaluateCadence(base({ asOf: '2026-06-15T09:00:00+08:00', interactions: [touch('2026-06-15T09:00:01+08:00')] })).months[5]).toBe('due');
  });

  it('reads a date-time without an offset as wall-clock time in the zone', () => {
    // 00:30 on 1 March in Shanghai is still February in UTC.
    const r = evaluateCadence(base({ asOf: '2026-04-01', interactions: [touch('2026-03-01T00:30:00')] }));
    expect(r.months[2]).toBe('done');
  });

  it('starts the window when the client joined: earlier months do not apply, targets scale', () => {
    const r = evaluateCadence(base({ clientSince: '2026-07-20', asOf: '2026-09-10', interactions: [touch('2026-07-05'), touch('2026-07-25'), touch('2026-08-03')] }));
    expect(r.months.slice(0, 6).every((m) => m === 'not_applicable')).toBe(true);
    expect(r.months.slice(6, 9)).toEqual(['done', 'done', 'due']); // 5 July is before joining, 25 July counts
    expect(r.monthly).toEqual({ done: 2, target: 6, expected: 2 });
    expect(r.reviews.target).toBe(2); // ⌈4·6/12⌉
    expect(r.faceToFace.target).toBe(1); // ⌈2·6/12⌉
  });

  it('a client who joins in December has one month; one who joins after the year has none', () => {
    const december = evaluateCadence(base({ clientSince: '2026-12-31', asOf: '2026-12-31', interactions: [touch('2026-12-31')] }));
    expect(december.monthly).toEqual({ done: 1, target: 1, expected: 0 });
    expect(december.reviews.target).toBe(1);
    const later = evaluateCadence(base({ clientSince: '2027-01-01', asOf: '2026-12-31' }));
    expect(later).toMatchObject({ status: 'not_applicable', monthly: { done: 0, target: 0, expected: 0 } });
    expect(later.months.every((m) => m === 'not_applicable')).toBe(true);
  });

  it('counts 29 February in a leap year and treats an impossible date as unreadable', () => {
    expect(evaluateCadence(base({ year: 2028, asOf: '2028-03-15', interactions: [touch('2028-02-29')] })).months[1]).toBe('done');
    expect(evaluateCadence(base({ asOf: '2026-03-15', interactions: [touch('2026-02-29')] })).months[1]).toBe('missed');
  });

  it('ignores deleted, unthemed, future-dated and out-of-year interactions', () => {
    const r = evaluateCadence(
      base({
        asOf: '2026-06-15',
        interactions: [
          touch('2026-01-10', { deleted: true }),
          touch('2026-02-10', { theme: '   ' }),
          touch('2026-03-10', { theme: null }),
          touch('2026-06-20'),
          touch('2025-12-31T23:00:00+08:00'),
          touch('2027-01-02'),
          review('2026-06-16', 'face_to_face'),
        ],
      }),
    );
    expect(r.months.slice(0, 6)).toEqual(['missed', 'missed', 'missed', 'missed', 'missed', 'due']);
    expect(r.reviews.done).toBe(0);
    expect(r.status).toBe('behind');
  });

  it('a year already over: every month is done or missed, expected equals target', () => {
    const r = evaluateCadence(base({ year: 2025, asOf: '2026-02-01', interactions: monthly(2025, [1, 2, 3]) }));
    expect(r.months.filter((m) => m === 'missed')).toHaveLength(9);
    expect(r.monthly.expected).toBe(12);
    expect(r.annualReport.expected).toBe(1);
    expect(r.status).toBe('behind');
  });

  it('a year not yet begun: every month upcoming, nothing expected, on track', () => {
    const r = evaluateCadence(base({ year: 2027, asOf: '2026-11-28' }));
    expect(r.months.every((m) => m === 'upcoming')).toBe(true);
    expect(r).toMatchObject({ status: 'on_track', monthly: { expected: 0 }, reviews: { expected: 0 }, annualReport: { expected: 0 } });
  });

  it('counts a report delivered in the window and not after asOf, read in the zone', () => {
    const delivered = (deliveredAt: string, asOf = '2026-12-31') => evaluateCadence(base({ asOf, reports: [{ kind: 'annual_wealth', deliveredAt }] })).annualReport.done;
    expect(delivered('2026-12-31T15:59:59Z')).toBe(1); // 23:59:59 in Shanghai
    expect(delivered('2026-12-31T16:00:00Z')).toBe(0); // already 2027 there
    expect(delivered('2026-11-01', '2026-10-31')).toBe(0);
    expect(evaluateCadence(base({ clientSince: '2026-05-01', asOf: '2026-12-31', reports: [{ kind: 'annual_wealth', deliveredAt: '2026-04-30' }] })).annualReport.done).toBe(0);
  });

  it('never throws: unreadable dates are ignored, an unknown zone falls back to China time', () => {
    expect(evaluateCadence(base({ asOf: 'soon' })).status).toBe('not_applicable');
    expect(evaluateCadence(base({ interactions: [touch('yesterday'), touch('2026-13-01'), touch('')] })).monthly.done).toBe(0);
    expect(evaluateCadence(base({ timeZone: 'Mars/Olympus', interactions: [touch('2026-01-31T17:00:00Z')] })).months[1]).toBe('done');
    expect(evaluateCadence(base({ clientSince: 'not a date' })).monthly.target).toBe(12);
  });
});

describe('evaluateCadence: properties', () => {
  const rank: Record<CadenceStatus, number> = { behind: 0, at_risk: 1, on_track: 2, complete: 3, not_applicable: -1 };
  const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ month, day }) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const interaction = fc.record({
    occurredAt: day,
    theme: fc.constantFrom('市场观点', '资产配置检视', '', null),
    isAllocationReview: fc.boolean(),
    channel: fc.constantFrom('face_to_face' as const, 'phone' as const, 'wecom' as const),
    deleted: fc.boolean(),
  });
  const input = fc.record({
    asOf: day,
    clientSince: fc.option(day, { nil: null }),
    interactions: fc.array(interaction, { maxLength: 30 }),
    reports: fc.array(fc.record({ kind: fc.constantFrom('annual_wealth' as const, 'allocation' as const), deliveredAt: fc.option(day, { nil: null }) }), { maxLength: 2 }),
  });

  it('adding a themed interaction never makes the status worse, nor any count smaller', () => {
    fc.assert(
      fc.property(input, interaction, (given, extra) => {
        const before = evaluateCadence({ year: 2026, ...given });
        const after = evaluateCadence({ year: 2026, ...given, interactions: [...given.interactions, { ...extra, theme: '市场观点', deleted: false }] });
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
        for (const key of ['monthly', 'reviews', 'faceToFace', 'annualReport'] as const) expect(after[key].done).toBeGreaterThanOrEqual(before[key].done);
      }),
      { numRuns: 500, seed: 1221 },
    );
  });

  it('keeps its figures consistent: months add up, expected never exceeds target', () => {
    fc.assert(
      fc.property(input, (given) => {
        const r = evaluateCadence({ year: 2026, ...given });
        expect(r.months).toHaveLength(12);
        const applicable = r.months.filter((m) => m !== 'not_applicable').length;
        expect(r.monthly.target).toBe(applicable);
        expect(r.monthly.done).toBe(r.months.filter((m) => m === 'done').length);
        for (const p of [r.monthly, r.reviews, r.faceToFace, r.annualReport]) expect(p.expected).toBeLessThanOrEqual(p.target);
        expect(r.faceToFace.done).toBeLessThanOrEqual(r.reviews.done);
      }),
      { numRuns: 500, seed: 1222 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCadence } from './evaluate';
import { fold, planToIcs } from './ics';
import { planYear } from './plan';
import type { CadenceInput } from './types';

const today = { year: 2026, month: 9, day: 14 }; // a Monday
const input = (extra: Partial<CadenceInput>): CadenceInput => ({ year: 2026, asOf: '2026-09-14', interactions: [], reports: [], ...extra });
const touch = (m: number) => ({ occurredAt: `2026-${String(m).padStart(2, '0')}-10`, theme: '市场观点', channel: 'phone' as const });

describe('planYear', () => {
  it('plans one slot per uncovered month from today, reviews spread, face-to-face apart, the report in November', () => {
    const result = evaluateCadence(input({ interactions: [1, 2, 3, 4, 5, 6, 7, 8].map(touch) }));
    const entries = planYear([{ clientId: 'C1', name: '张三丰', result }], { year: 2026, today, dailyCap: 4 });
    const months = entries.map((e) => Number(e.date.slice(5, 7)));
    expect(new Set(months.filter((_, i) => entries[i]!.kind !== 'annual_report'))).toEqual(new Set([9, 10, 11, 12]));
    expect(entries.filter((e) => e.kind === 'review' || e.kind === 'face_to_face_review')).toHaveLength(4);
    const faces = entries.filter((e) => e.kind === 'face_to_face_review');
    expect(faces).toHaveLength(2);
    expect(faces[0]!.date.slice(5, 7)).not.toBe(faces[1]!.date.slice(5, 7));
    expect(entries.find((e) => e.kind === 'annual_report')?.date.slice(0, 7)).toBe('2026-11');
    for (const e of entries) {
      expect(e.date >= '2026-09-14').toBe(true);
      expect([0, 6]).not.toContain(new Date(`${e.date}T00:00:00Z`).getUTCDay());
    }
  });

  it('plans nothing for a complete, not applicable or finished year', () => {
    const done = evaluateCadence(input({ year: 2025, asOf: '2026-01-05' }));
    expect(planYear([{ clientId: 'C1', name: 'x', result: done }], { year: 2025, today: { year: 2026, month: 1, day: 5 }, dailyCap: 4 })).toEqual([]);
    const later = evaluateCadence(input({ clientSince: '2027-02-01' }));
    expect(planYear([{ clientId: 'C1', name: 'x', result: later }], { year: 2026, today, dailyCap: 4 })).toEqual([]);
  });

  it('keeps to the daily cap while a month has room, and says so when it has none', () => {
    const result = evaluateCadence(input({ asOf: '2026-12-21', interactions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(touch) }));
    const clients = Array.from({ length: 30 }, (_, i) => ({ clientId: `C${i}`, name: `客户${i}`, result }));
    const entries = planYear(clients, { year: 2026, today: { year: 2026, month: 12, day: 21 }, dailyCap: 3 });
    const perDay = new Map<string, number>();
    for (const e of entries) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    // 21–31 December has 9 working days: 27 slots fit under the cap, the rest are over it.
    const within = entries.filter((e) => !e.overCapacity);
    expect(within.length).toBe(27);
    expect(Math.max(...[...perDay.values()])).toBeGreaterThan(3);
  });

  it('puts a December annual report before the 15th', () => {
    const result = evaluateCadence(input({ asOf: '2026-12-01', interactions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(touch) }));
    const report = planYear([{ clientId: 'C1', name: 'x', result }], { year: 2026, today: { year: 2026, month: 12, day: 1 }, dailyCap: 4 }).find((e) => e.kind === 'annual_report');
    expect(report!.date <= '2026-12-14').toBe(true);
  });
});

describe('planToIcs', () => {
  it('writes all-day events with stable UIDs, escaped text and CRLF lines', () => {
    const ics = planToIcs([{ clientId: 'C1', name: '张三丰, 李;四', date: '2026-12-31', kind: 'face_to_face_review', overCapacity: false }], { year: 2026, stamp: new Date('2026-11-28T04:05:06Z') });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('UID:C1-face_to_face_review-20261231@advisor-desk');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(ics).toContain('DTSTAMP:20261128T040506Z');
    expect(ics).toContain('张三丰\\, 李\\;四');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = fold(`SUMMARY:${'资'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'资'.repeat(40)}`);
  });
});

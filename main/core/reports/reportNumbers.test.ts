import { describe, expect, it } from 'vitest';
import { bookFixture } from '../../../testing/bookFixture';
import { advisorCode, formatReportNo, REPORT_NO_PATTERN } from '../../../reports/reportNumber';
import { nextReportNo } from './reportNumbers';

const ADVISOR = { id: 'ADV0101023', employeeNo: '011020345' };

/** A desk is a book file: its own database, so its own code and sequence. */
const desk = () => bookFixture({ clients: 'none' }).db;
/** The bytes a desk's code is drawn from, fixed for a test (crypto's otherwise). */
const bytes = (...values: number[]) => () => Buffer.from(values);

describe('report numbers', () => {
  it('have one fixed form: year, advisor code, desk code, six-digit sequence', () => {
    const db = desk();
    const first = nextReportNo(db, ADVISOR, 2026, bytes(1, 2, 3, 4));
    expect(first).toBe('2026-011020345-1234-000001');
    expect(nextReportNo(db, ADVISOR, 2026)).toBe('2026-011020345-1234-000002');
    // A new year starts again at 1, with the same desk code.
    expect(nextReportNo(db, ADVISOR, 2027)).toBe('2027-011020345-1234-000001');
    expect(nextReportNo(db, ADVISOR, 2026)).toBe('2026-011020345-1234-000003');
    expect(formatReportNo({ year: 2026, advisorCode: 'A0123', deskCode: 'K7QD', seq: 1_234_567 })).toBe('2026-A0123-K7QD-1234567');
    expect(() => formatReportNo({ year: 2026, advisorCode: 'a-1', deskCode: 'K7QD', seq: 1 })).toThrow();
  });

  it('take the 工号 as the advisor code, or a stable hash of it when it does not fit', () => {
    expect(advisorCode('a-0123', 'x')).toBe('A0123');
    const long = advisorCode('0'.repeat(32), 'x');
    expect(long).toMatch(/^X[0-9A-Z]{7}$/);
    expect(advisorCode('0'.repeat(32), 'y')).toBe(long);
    expect(advisorCode('', 'ADV1')).toMatch(/^X[0-9A-Z]{7}$/);
    expect(advisorCode('', 'ADV1')).not.toBe(advisorCode('', 'ADV2'));
  });

  it('are unique over 1,000 reports from two desks of one advisor, offline, interleaved, over a new year', () => {
    const [pc, laptop] = [desk(), desk()];
    const numbers: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const year = i < 700 ? 2026 : 2027;
      // Their codes drawn from fixed bytes here, so the test never meets the one-in-a-million draw.
      numbers.push(i % 3 === 0 ? nextReportNo(laptop, ADVISOR, year, bytes(20, 7, 26, 13)) : nextReportNo(pc, ADVISOR, year, bytes(1, 2, 3, 4)));
    }
    for (const number of numbers) expect(number).toMatch(REPORT_NO_PATTERN);
    expect(new Set(numbers).size).toBe(1000);
    const deskCodes = new Set(numbers.map((n) => n.split('-')[2]));
    expect(deskCodes.size).toBe(2);
    // Each desk numbers its own reports 1, 2, 3… per year, without gaps.
    const pc2026 = numbers.filter((_, i) => i < 700 && i % 3 !== 0);
    expect(pc2026.map((n) => Number(n.split('-')[3]))).toEqual(pc2026.map((_, i) => i + 1));
  });

  it('keep counting from what the desk stored, and give a number back when the snapshot is refused', () => {
    const db = desk();
    nextReportNo(db, ADVISOR, 2026, bytes(9, 9, 9, 9));
    expect(() =>
      db.transaction(() => {
        nextReportNo(db, ADVISOR, 2026);
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    expect(nextReportNo(db, ADVISOR, 2026)).toBe('2026-011020345-9999-000002');
  });

  it('draw a new desk code when the stored state is unreadable, so no number can repeat', () => {
    const db = desk();
    nextReportNo(db, ADVISOR, 2026, bytes(1, 1, 1, 1));
    db.prepare("UPDATE sync_state SET value = '{' WHERE key = 'report_numbers'").run();
    expect(nextReportNo(db, ADVISOR, 2026, bytes(2, 2, 2, 2))).toBe('2026-011020345-2222-000001');
  });
});

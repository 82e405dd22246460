import crypto from 'node:crypto';

/**
 * The report number printed on the cover and in the footer (snapshot schema 3 on), e.g.
 * `2026-011020345-K7QD-000045`: the bank's year of generation (China time), the advisor's code
 * (the 工号 the advisor card already prints), the desk's code and the desk's sequence.
 *
 * Why a desk code: an RM's branch PC and laptop both generate reports offline, so no counter can
 * be shared; each desk (each book file) draws a random 4-character code once and numbers its own
 * reports 1, 2, 3… per year. Two desks of the same advisor then never draw from the same sequence
 * unless they drew the same code (1 in 32⁴ ≈ 10⁶), and a reinstalled desk (new book) draws a new
 * code, so it cannot restart a sequence already printed. The number is frozen in the snapshot at
 * generation, so a reprint (here, or from the bank's copy) shows the same number.
 */
export const REPORT_NO_PATTERN = /^\d{4}-[0-9A-Z]{1,16}-[0-9A-HJKMNP-TV-Z]{4}-\d{6,}$/;

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DESK_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}$/;

export interface ReportNoParts {
  /** The bank's calendar year (China time) at generation. */
  year: number;
  advisorCode: string;
  deskCode: string;
  /** 1, 2, 3… per desk and year. */
  seq: number;
}

export function formatReportNo({ year, advisorCode, deskCode, seq }: ReportNoParts): string {
  const number = `${String(year).padStart(4, '0')}-${advisorCode}-${deskCode}-${String(seq).padStart(6, '0')}`;
  if (!REPORT_NO_PATTERN.test(number)) throw new Error(`not a report number: ${number}`);
  return number;
}

/**
 * The advisor's part: the 工号 in capitals without separators; one that is empty or longer than
 * 16 characters becomes `X` and 7 characters of its hash (stable, so always the same code).
 */
export function advisorCode(employeeNo: string, advisorId: string): string {
  const plain = employeeNo.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (plain.length >= 1 && plain.length <= 16) return plain;
  const hash = crypto.createHash('sha256').update(employeeNo || advisorId).digest();
  return `X${base32(hash, 7)}`;
}

/** A new desk code from `bytes` random bytes (crypto's by default). */
export function newDeskCode(random: (size: number) => Buffer = crypto.randomBytes): string {
  return base32(random(4), 4);
}

function base32(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD[(bytes[i % bytes.length] ?? 0) % 32];
  return out;
}

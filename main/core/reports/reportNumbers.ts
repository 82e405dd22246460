import { z } from 'zod';
import { advisorCode, DESK_CODE_PATTERN, formatReportNo, newDeskCode } from '../../../reports/reportNumber';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import { readSyncState, writeSyncState } from '../db/syncState';

const storedSchema = z.object({
  deskCode: z.string().regex(DESK_CODE_PATTERN),
  /** The last sequence number given, per year ("2026": 45). */
  last: z.record(z.string().regex(/^\d{4}$/), z.number().int().positive()),
});

/**
 * The next report number of this desk (reports/reportNumber.ts for the design): its code is drawn
 * once per book and kept in sync_state with the last number given per year. Called inside the
 * snapshot's transaction, so two reports (a batch's) never get one number; a number whose report
 * then fails to render is simply not used again.
 */
export function nextReportNo(db: Db, advisor: { id: string; employeeNo: string }, year: number, random?: (size: number) => Buffer): string {
  const stored = parseStoredJson(storedSchema, readSyncState(db, 'report_numbers'), 'sync_state.report_numbers');
  // An unreadable state draws a new desk code: a fresh sequence, never one that may repeat.
  const state = stored ?? { deskCode: newDeskCode(random), last: {} };
  const seq = (state.last[String(year)] ?? 0) + 1;
  writeSyncState(db, 'report_numbers', JSON.stringify({ ...state, last: { ...state.last, [String(year)]: seq } }));
  return formatReportNo({ year, advisorCode: advisorCode(advisor.employeeNo, advisor.id), deskCode: state.deskCode, seq });
}

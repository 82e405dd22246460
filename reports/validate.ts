import type { z } from 'zod';
import { ReportInputError } from './errors';
import { reportSnapshotSchema } from './snapshot';
import type { ReportSnapshot } from './snapshot';

/**
 * Bounds the snapshot schema cannot state per field: NAV points over all series together (each
 * series is capped, their number is not), which bound the net-value maths and the chart.
 */
export const REPORT_LIMITS = { navPointsTotal: 200_000 } as const;

/** Zod issue codes that mean "too much" rather than "wrong": reported as `limit`. */
const LIMIT_CODES = new Set(['too_big']);

/** The snapshot, checked against the schema and REPORT_LIMITS, or a ReportInputError naming the first problem. */
export function parseSnapshot(input: unknown): ReportSnapshot {
  const parsed = reportSnapshotSchema.safeParse(input);
  if (!parsed.success) throw fromIssue(parsed.error.issues[0]);
  const snapshot = parsed.data;
  if (snapshot.kind === 'annual_wealth' && snapshot.annual === null) throw new ReportInputError('invalid', 'annual: required for an annual_wealth report');
  if (snapshot.periodFrom > snapshot.periodTo) throw new ReportInputError('invalid', 'periodFrom: after periodTo');
  if (snapshot.schema >= 3 && snapshot.reportNo === undefined) throw new ReportInputError('invalid', 'reportNo: required from schema 3');
  let points = 0;
  for (const series of Object.values(snapshot.navSeries)) points += series.length;
  if (points > REPORT_LIMITS.navPointsTotal) throw new ReportInputError('limit', `navSeries: ${points} points in all, over ${REPORT_LIMITS.navPointsTotal}`);
  return snapshot;
}

function fromIssue(issue: z.core.$ZodIssue | undefined): ReportInputError {
  if (!issue) return new ReportInputError('invalid', 'snapshot: not a report snapshot');
  const where = issue.path.length > 0 ? issue.path.join('.') : 'snapshot';
  return new ReportInputError(LIMIT_CODES.has(issue.code) ? 'limit' : 'invalid', `${where}: ${issue.message}`);
}

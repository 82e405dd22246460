import type { ReportSnapshot } from '../../../reports/snapshot';
import { reportSnapshotSchema } from '../../../reports/snapshot';
import { parseStoredJson } from '../db/storedJson';
import type { ReportLine } from '../../../shared/api';
import type { Report } from '../../../shared/domain';
import type { ReportDraft } from '../../../shared/wire';
import type { Db } from '../db/types';

const COLUMNS = `id, client_id AS clientId, advisor_id AS advisorId, kind, title, period_from AS periodFrom, period_to AS periodTo,
  created_at AS createdAt, pdf_sha256 AS pdfSha256, delivered_at AS deliveredAt, delivery_channel AS deliveryChannel,
  version, updated_at AS updatedAt, deleted`;

type DbRow = Omit<Report, 'deleted'> & { deleted: number };
const fromDb = (row: DbRow): Report => ({ ...row, deleted: row.deleted === 1 });

/** The report record as the bank knows it (without the desk's snapshot and page count). */
export function readReport(db: Db, id: string): Report | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM reports WHERE id = ?`).get(id) as DbRow | undefined;
  return row ? fromDb(row) : null;
}

/**
 * The snapshot a report was built from, read back through its schema; `elsewhere` for a report
 * made at another desk (no snapshot here), `unreadable` for one that no longer parses.
 */
export function readSnapshot(db: Db, id: string): ReportSnapshot | 'elsewhere' | 'unreadable' {
  const json = (db.prepare('SELECT snapshot FROM reports WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
  if (json === null) return 'elsewhere';
  return parseStoredJson(reportSnapshotSchema, json, 'reports.snapshot') ?? 'unreadable';
}

const LINE = `SELECT id, client_id AS clientId, kind, title, created_at AS createdAt, pdf_sha256 AS pdfSha256, pages,
    delivered_at AS deliveredAt, delivery_channel AS deliveryChannel,
    EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'report' AND o.entity_id = r.id) AS pending
  FROM reports r`;
type LineRow = Omit<ReportLine, 'pending'> & { pending: number };
const lineOf = ({ pending, ...row }: LineRow): ReportLine => ({ ...row, pending: pending === 1 });

/** A client's reports, newest first, each marked when the bank has not accepted it yet. */
export function listReportLines(db: Db, clientId: string): ReportLine[] {
  return (db.prepare(`${LINE} WHERE client_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC`).all(clientId) as LineRow[]).map(lineOf);
}

export function readReportLine(db: Db, id: string): ReportLine | null {
  const row = db.prepare(`${LINE} WHERE id = ?`).get(id) as LineRow | undefined;
  return row ? lineOf(row) : null;
}

/** A report generated here: the record, its snapshot and its page count. */
export function insertReport(db: Db, report: Report, snapshotJson: string, pages: number): void {
  db.prepare(
    `INSERT INTO reports (id, client_id, advisor_id, kind, title, period_from, period_to, snapshot, pdf_sha256, pages, created_at,
       delivered_at, delivery_channel, version, updated_at, deleted)
     VALUES (@id, @clientId, @advisorId, @kind, @title, @periodFrom, @periodTo, @snapshot, @pdfSha256, @pages, @createdAt,
       @deliveredAt, @deliveryChannel, @version, @updatedAt, @deleted)`,
  ).run({ ...report, snapshot: snapshotJson, pages, deleted: report.deleted ? 1 : 0 });
}

/** The fields a delivery (or the bank) may change on an existing report; the snapshot stays. */
export function updateReportRecord(db: Db, report: Report): void {
  db.prepare(
    `UPDATE reports SET title = @title, delivered_at = @deliveredAt, delivery_channel = @deliveryChannel, version = @version,
       updated_at = @updatedAt, deleted = @deleted WHERE id = @id`,
  ).run({ ...report, deleted: report.deleted ? 1 : 0 });
}

/** The part of a report the desk sends; the bank sets the rest. */
export function reportDraftOf(report: Report): ReportDraft {
  const { advisorId: _advisorId, version: _version, updatedAt: _updatedAt, ...draft } = report;
  return draft;
}

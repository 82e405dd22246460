import type { ReportLine } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { Report } from '../../../shared/domain';
import type { RenderedReport } from '../../../reports/render';
import type { ReportSnapshot } from '../../../reports/snapshot';
import { recordAudit } from '../audit/audit';
import type { Db } from '../db/types';
import { enqueue } from '../outbox/outbox';
import { insertReport, readReport, readReportLine, reportDraftOf, updateReportRecord } from './reportRecord';

/** What is stored of a rendered report: the PDF itself is reproduced from the snapshot. */
type StoredRendering = Pick<RenderedReport, 'sha256' | 'pages'>;

/**
 * Stores a generated report: the record with its snapshot and the PDF's hash, an outbox entry
 * that tells the bank, and the audit entry, in one transaction. A new report has version 0 until
 * the bank accepts it; nobody else can know its id, so its creation never conflicts.
 */
export function storeGeneratedReport(db: Db, snapshot: ReportSnapshot, rendered: StoredRendering, context: { advisorId: string; now: string }): ReportLine {
  const report: Report = {
    id: snapshot.reportId,
    clientId: snapshot.client.id,
    advisorId: context.advisorId,
    kind: snapshot.kind,
    title: snapshot.title,
    periodFrom: snapshot.periodFrom,
    periodTo: snapshot.periodTo,
    createdAt: snapshot.generatedAt,
    pdfSha256: rendered.sha256,
    deliveredAt: null,
    deliveryChannel: null,
    version: 0,
    updatedAt: context.now,
    deleted: false,
  };
  return db.transaction(() => {
    insertReport(db, report, JSON.stringify(snapshot), rendered.pages);
    enqueue(db, { entity: 'report', entityId: report.id, op: 'create', body: { type: 'report.put', report: reportDraftOf(report), previous: null }, baseVersion: null, now: context.now });
    recordAudit(db, { actor: context.advisorId, action: 'report_generated', entity: 'report', entityId: report.id, details: { kind: report.kind, pages: rendered.pages }, at: context.now });
    return lineOrThrow(db, report.id);
  })();
}

/**
 * Marks a report handed over (printed, sent in chat, downloaded by the client). Delivering an
 * annual wealth report is the "1" of 12-4-2-1. Delivering again records the latest channel.
 */
export function deliverReport(db: Db, id: string, channel: NonNullable<Report['deliveryChannel']>, context: { now: string }): ReportLine {
  return db.transaction(() => {
    const current = readReport(db, id);
    if (!current || current.deleted) throw new AppError('report.not_found');
    const next: Report = { ...current, deliveredAt: context.now, deliveryChannel: channel, updatedAt: context.now };
    updateReportRecord(db, next);
    enqueue(db, { entity: 'report', entityId: id, op: 'update', body: { type: 'report.put', report: reportDraftOf(next), previous: reportDraftOf(current) }, baseVersion: current.version, now: context.now });
    return lineOrThrow(db, id);
  })();
}

export function lineOrThrow(db: Db, id: string): ReportLine {
  const line = readReportLine(db, id);
  if (!line) throw new AppError('report.not_found');
  return line;
}

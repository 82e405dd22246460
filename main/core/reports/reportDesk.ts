import { v7 as uuidv7 } from 'uuid';
import type { BatchStatus, NeedsSurvey, ReportLine } from '../../../shared/api';
import { AppError, REPORT_NOTES_MAX } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import type { Report, ReportKind } from '../../../shared/domain';
import type { ReportSnapshot } from '../../../reports/snapshot';
import type { Db } from '../db/types';
import { log } from '../log';
import { bankClock } from '../time/bankClock';
import type { SnapshotRequest } from './buildSnapshot';
import { buildSnapshot } from './buildSnapshot';
import { readSurvey, saveSurvey } from './needsSurvey';
import type { BatchClient } from './reportBatches';
import { ReportBatches } from './reportBatches';
import { appErrorOf } from './reportFailures';
import { listReportLines, readSnapshot } from './reportRecord';
import type { RenderedReport } from '../../../reports/render';
import type { PromiseCheck } from '../compliance/promiseCheck';
import type { ReportRendering } from './reportRendering';
import { deliverReport, lineOrThrow, storeGeneratedReport } from './reportWrites';

export interface ReportDeskDeps {
  db: Db;
  advisorId: string;
  rendering: ReportRendering;
  /** The advisor's opinion and next year's plan are what the client reads: checked before generating. */
  promiseCheck: PromiseCheck;
  /** Where batch folders go (`<dataDir>/exports`). */
  exportsDir: string;
  now: () => Date;
  /** This year's 12-4-2-1 results, for "every client whose annual report is due". */
  cadenceNow: () => Map<string, CadenceResult>;
  onBatchProgress: (status: BatchStatus) => void;
}

/** PDFs kept after rendering, so the preview, save and print right after generating do not render again. */
const CACHED_PDFS = 4;

/**
 * The reports of one signed-in advisor's book: generate (snapshot → PDF → stored record, outbox
 * entry and audit entry), reproduce a stored report's PDF from its snapshot, deliver, the needs
 * survey, and batches.
 */
export class ReportDesk {
  readonly batches: ReportBatches;
  private readonly cache = new Map<string, RenderedReport>();

  constructor(private readonly deps: ReportDeskDeps) {
    this.batches = new ReportBatches({
      db: deps.db,
      rendering: deps.rendering,
      advisorId: deps.advisorId,
      exportsDir: deps.exportsDir,
      now: deps.now,
      snapshotOf: (clientId, kind, reportId) => this.snapshot({ clientId, kind, notes: '', nextYearPlan: '', survey: null }, reportId),
      newId: uuidv7,
      onProgress: deps.onBatchProgress,
    });
  }

  list(clientId: string): ReportLine[] {
    return listReportLines(this.deps.db, clientId);
  }

  line(id: string): ReportLine {
    return lineOrThrow(this.deps.db, id);
  }

  async generate(request: SnapshotRequest): Promise<ReportLine> {
    for (const [field, text] of [['notes', request.notes], ['nextYearPlan', request.nextYearPlan]] as const) {
      if (text.length > REPORT_NOTES_MAX) {
        throw new AppError('report.text_too_long', { field, max: REPORT_NOTES_MAX, length: text.length });
      }
    }
    this.deps.promiseCheck.assert(
      'report.promise_found',
      [
        ['input.notes', request.notes],
        ['input.nextYearPlan', request.nextYearPlan],
      ],
      { action: 'report_compliance_blocked', entity: 'client', entityId: request.clientId },
    );
    const snapshot = this.snapshot(request, uuidv7());
    const rendered = await this.render(snapshot);
    const line = storeGeneratedReport(this.deps.db, snapshot, rendered, { advisorId: this.deps.advisorId, now: this.deps.now().toISOString() });
    this.remember(line.id, rendered);
    return line;
  }

  /** The stored report's PDF, rendered again from its snapshot: the same bytes as when it was generated. */
  async pdf(id: string): Promise<{ filename: string; base64: string; sha256: string }> {
    const line = lineOrThrow(this.deps.db, id);
    let rendered = this.cache.get(id);
    if (!rendered) {
      const snapshot = readSnapshot(this.deps.db, id);
      if (snapshot === 'elsewhere') throw new AppError('report.made_elsewhere');
      if (snapshot === 'unreadable') throw new AppError('report.snapshot_unreadable');
      rendered = await this.render(snapshot);
      this.remember(id, rendered);
    }
    // A different renderer version could change the bytes; the RM still gets the PDF, and we learn of it.
    if (rendered.sha256 !== line.pdfSha256) log.warn('reports.not_reproduced', { reportId: id });
    const clientName = this.deps.db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(line.clientId) as string | undefined;
    return { filename: safeFileName(`${clientName ?? line.clientId}-${line.title}.pdf`), base64: rendered.pdf.toString('base64'), sha256: rendered.sha256 };
  }

  /** Handed over; its handler audits it in the same transaction. */
  deliver(id: string, channel: NonNullable<Report['deliveryChannel']>): ReportLine {
    return deliverReport(this.deps.db, id, channel, { now: this.deps.now().toISOString() });
  }

  survey(clientId: string): NeedsSurvey | null {
    return readSurvey(this.deps.db, clientId);
  }

  saveSurvey(clientId: string, survey: NeedsSurvey): NeedsSurvey {
    return saveSurvey(this.deps.db, clientId, survey, this.deps.now().toISOString());
  }

  startBatch(kind: ReportKind, clients: readonly string[] | 'annual_report_due', printQueue: boolean): BatchStatus {
    return this.batches.start(kind, this.batchClients(clients), printQueue);
  }

  close(): Promise<void> {
    return this.batches.close();
  }

  private snapshot(request: SnapshotRequest, reportId: string): ReportSnapshot {
    const now = this.deps.now();
    return buildSnapshot(this.deps.db, request, { reportId, advisorId: this.deps.advisorId, now, today: bankClock(now).today });
  }

  private async render(snapshot: ReportSnapshot): Promise<RenderedReport> {
    try {
      return await this.deps.rendering.render(snapshot);
    } catch (error) {
      throw appErrorOf(error);
    }
  }

  private remember(id: string, rendered: RenderedReport): void {
    this.cache.delete(id);
    this.cache.set(id, rendered);
    for (const key of this.cache.keys()) {
      if (this.cache.size <= CACHED_PDFS) break;
      this.cache.delete(key);
    }
  }

  /** The chosen clients in the order given (the roster's), or the due ones by AUM as the roster lists them by default. */
  private batchClients(clients: readonly string[] | 'annual_report_due'): BatchClient[] {
    const { db } = this.deps;
    if (clients === 'annual_report_due') {
      const results = this.deps.cadenceNow();
      const rows = db.prepare('SELECT id, name, customer_no AS customerNo FROM clients WHERE deleted = 0 ORDER BY aum_fen DESC, id').all() as BatchClient[];
      return rows.filter((c) => {
        const r = results.get(c.id);
        return r !== undefined && r.annualReport.target > 0 && r.annualReport.done < r.annualReport.target;
      });
    }
    const byId = new Map(
      (db.prepare('SELECT id, name, customer_no AS customerNo FROM clients WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))').all(JSON.stringify(clients)) as BatchClient[]).map((c) => [c.id, c]),
    );
    const missing = clients.find((id) => !byId.has(id));
    if (missing) throw new AppError('client.not_found');
    return [...new Set(clients)].map((id) => byId.get(id) as BatchClient);
  }

}

/**
 * A file name any file system takes, that reads as it is: no path separators, control, zero-width
 * or direction-override characters (which could make `报告.pdf.exe` look like a PDF), bounded length.
 */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '_').slice(-120);
}

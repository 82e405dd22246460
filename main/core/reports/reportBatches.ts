import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { ApiError, BatchStatus } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { ReportKind } from '../../../shared/domain';
import type { ReportSnapshot } from '../../../reports/snapshot';
import type { Db } from '../db/types';
import { log } from '../log';
import { failureOf, failureOfJob } from './reportFailures';
import type { ReportRendering } from './reportRendering';
import { storeGeneratedReport } from './reportWrites';

export interface BatchClient {
  id: string;
  name: string;
  customerNo: string;
}

interface BatchRun {
  status: BatchStatus;
  abort: AbortController;
  files: string[];
  finished: Promise<void>;
}

export interface BatchDeps {
  db: Db;
  rendering: ReportRendering;
  advisorId: string;
  exportsDir: string;
  now: () => Date;
  /** Builds one client's snapshot (throws AppError LIMIT / NOT_FOUND for that client only). */
  snapshotOf: (clientId: string, kind: ReportKind, reportId: string) => ReportSnapshot;
  newId: () => string;
  onProgress: (status: BatchStatus) => void;
}

/** The merged PDF of a batch, beside its reports (whose names start with digits, so it sorts last). */
const PRINT_QUEUE_FILE = 'print-queue.pdf';

/** Batches kept for status and zip after they finish; the oldest finished one goes first. */
const KEPT_BATCHES = 8;

/**
 * Report batches for a whole book: snapshots are built on this thread one at a time, as the
 * worker pool asks for them (so 300 clients never sit in memory at once), rendered in worker
 * threads, written to a folder, and each one stored like a single report (record, outbox, audit).
 * One client's failure is listed with its reason and the rest go on; cancel stops handing out
 * work and lets the reports in flight finish.
 */
export class ReportBatches {
  private readonly runs = new Map<string, BatchRun>();

  constructor(private readonly deps: BatchDeps) {}

  start(kind: ReportKind, clients: readonly BatchClient[], printQueue = false): BatchStatus {
    if (clients.length === 0) throw new AppError('batch.no_clients');
    const batchId = `batch-${stamp(this.deps.now())}-${this.deps.newId().slice(-6)}`;
    const folder = path.join(this.deps.exportsDir, batchId);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const status: BatchStatus = { batchId, state: 'running', total: clients.length, done: 0, failed: [], folder, printQueue: null };
    const abort = new AbortController();
    const run: BatchRun = { status, abort, files: [], finished: Promise.resolve() };
    run.finished = this.execute(run, kind, clients, printQueue).catch((error: unknown) => {
      // Only the pool itself failing lands here (each job's failure is already listed).
      log.error('reports.batch_failed', { error: error instanceof Error ? error.name : 'unknown' });
      for (const client of clients.slice(status.done + status.failed.length)) status.failed.push({ clientId: client.id, name: client.name, error: new AppError('batch.stopped').toApiError() });
      status.state = 'done';
      this.deps.onProgress({ ...status });
    });
    this.keep(batchId, run);
    return { ...status };
  }

  status(batchId: string): BatchStatus {
    return { ...this.run(batchId).status };
  }

  cancel(batchId: string): BatchStatus {
    const run = this.run(batchId);
    if (run.status.state === 'running') run.abort.abort();
    return { ...run.status };
  }

  /** The batch's PDFs so far, in roster order (and the print queue, when made), as one zip (for the web host's download). */
  zip(batchId: string): { filename: string; base64: string } {
    const run = this.run(batchId);
    const files = [...run.files].sort();
    if (run.status.printQueue) files.push(run.status.printQueue);
    const entries = Object.fromEntries(files.map((file) => [path.basename(file), fs.readFileSync(file)]));
    // PDFs are compressed already: storing them keeps the zip quick and no larger.
    const zipped = zipSync(entries, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
    return { filename: `${batchId}.zip`, base64: Buffer.from(zipped).toString('base64') };
  }

  /** Stops every running batch and waits for the reports in flight (before the book closes). */
  async close(): Promise<void> {
    for (const run of this.runs.values()) run.abort.abort();
    await Promise.all([...this.runs.values()].map((run) => run.finished));
  }

  /** Waits for a batch to end (tests and the bench). */
  finished(batchId: string): Promise<BatchStatus> {
    const run = this.run(batchId);
    return run.finished.then(() => ({ ...run.status }));
  }

  private run(batchId: string): BatchRun {
    const run = this.runs.get(batchId);
    if (!run) throw new AppError('batch.not_found');
    return run;
  }

  private keep(batchId: string, run: BatchRun): void {
    this.runs.set(batchId, run);
    for (const [id, old] of this.runs) {
      if (this.runs.size <= KEPT_BATCHES) break;
      if (old.status.state !== 'running') this.runs.delete(id);
    }
  }

  private async execute(run: BatchRun, kind: ReportKind, clients: readonly BatchClient[], printQueue: boolean): Promise<void> {
    const { status } = run;
    const inFlight = new Map<string, { client: BatchClient; snapshot: ReportSnapshot }>();
    const fail = (client: BatchClient, error: ApiError) => {
      status.failed.push({ clientId: client.id, name: client.name, error });
      this.deps.onProgress({ ...status });
    };
    let nextIndex = 0;
    const nextJob = () => {
      while (nextIndex < clients.length && !run.abort.signal.aborted) {
        const index = nextIndex++;
        const client = clients[index] as BatchClient;
        try {
          const snapshot = this.deps.snapshotOf(client.id, kind, this.deps.newId());
          const outPath = path.join(status.folder, fileNameOf(index, client, kind));
          inFlight.set(snapshot.reportId, { client, snapshot });
          return { key: snapshot.reportId, snapshot, outPath };
        } catch (error) {
          fail(client, failureOf(error));
        }
      }
      return null;
    };
    await this.deps.rendering.batch({
      next: nextJob,
      signal: run.abort.signal,
      onResult: (result) => {
        const job = inFlight.get(result.key);
        if (!job) return;
        inFlight.delete(result.key);
        if (!result.ok) return fail(job.client, failureOfJob(result.failure));
        try {
          storeGeneratedReport(this.deps.db, job.snapshot, result, { advisorId: this.deps.advisorId, now: this.deps.now().toISOString() });
          run.files.push(result.path);
          status.done += 1;
          this.deps.onProgress({ ...status });
        } catch (error) {
          fail(job.client, failureOf(error));
        }
      },
    });
    // Files in roster order (their names sort so), whatever order the workers finished in.
    run.files.sort();
    if (printQueue && run.files.length > 0) {
      const merged = path.join(status.folder, PRINT_QUEUE_FILE);
      await this.deps.rendering.mergePrintQueue(run.files, merged);
      status.printQueue = merged;
    }
    status.state = run.abort.signal.aborted ? 'cancelled' : 'done';
    this.deps.onProgress({ ...status });
  }
}

/** `003-P000123-annual_wealth.pdf`: sorts in roster order; the customer number, never the name, is in it. */
function fileNameOf(index: number, client: BatchClient, kind: ReportKind): string {
  return `${String(index + 1).padStart(4, '0')}-${client.customerNo.replace(/[^A-Za-z0-9_-]/g, '_')}-${kind}.pdf`;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

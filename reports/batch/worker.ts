import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ReportInputError } from '../errors';
import { renderReportPdf } from '../render';
import type { RenderOneReply, RenderOneRequest, RenderReply, RenderRequest, ReportJobFailure, ReportJobResult, ReportWorkerData, WorkerRequest } from './protocol';

/**
 * A report worker thread: renders each job it is sent and writes the PDF, then answers with the
 * result; or, as the warm worker of single reports, answers with the PDF itself. Every failure is
 * an answer, never an exception, so one bad job never stops the batch or the worker.
 */
async function produce({ job }: RenderRequest): Promise<ReportJobResult> {
  try {
    const { pdf, pages, sha256 } = await renderReportPdf(job.snapshot, { plain: job.plain === true });
    await fs.mkdir(path.dirname(job.outPath), { recursive: true });
    // Written aside and renamed, so a cancelled or crashed batch never leaves half a PDF under the real name.
    const partial = `${job.outPath}.part`;
    await fs.writeFile(partial, pdf);
    await fs.rename(partial, job.outPath);
    return { key: job.key, ok: true, sha256, pages, path: job.outPath };
  } catch (error) {
    return { key: job.key, ok: false, ...failureOf(error) };
  }
}

async function renderOne({ render }: RenderOneRequest): Promise<RenderOneReply> {
  try {
    const { pdf, pages, sha256 } = await renderReportPdf(render.snapshot, { plain: render.plain === true });
    // A Buffer may be a slice of a shared pool: the answer gets bytes of its own to transfer.
    return { rendered: { pdf: new Uint8Array(pdf), pages, sha256 } };
  } catch (error) {
    return { failed: failureOf(error) };
  }
}

function failureOf(error: unknown): { failure: ReportJobFailure; detail: string } {
  if (error instanceof ReportInputError) return { failure: error.reason, detail: error.message };
  return { failure: 'failed', detail: error instanceof Error ? error.name : typeof error };
}

const port = parentPort;
if (!port) throw new Error('reports/batch/worker runs as a worker thread only');

/*
 * A batch keeps both of a branch PC's cores busy for half a minute: its threads give way to the
 * host's (windows, input) and the core's. On Linux a thread's nice value is its own, so this
 * lowers this thread only; elsewhere it would lower the whole process, host and core with it, so
 * there the batch runs at normal priority.
 */
if ((workerData as ReportWorkerData | undefined)?.background && process.platform === 'linux') {
  try {
    os.setPriority(10);
  } catch {
    // A sandbox may refuse it: the batch then runs at normal priority, as elsewhere.
  }
}
port.on('message', (request: WorkerRequest) => {
  if ('job' in request) void produce(request).then((result) => port.postMessage({ result } satisfies RenderReply));
  else void renderOne(request).then((reply) => port.postMessage(reply, 'rendered' in reply ? [reply.rendered.pdf.buffer as ArrayBuffer] : []));
});

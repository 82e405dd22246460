import fs from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { ReportInputError } from '../errors';
import { renderReportPdf } from '../render';
import type { RenderReply, RenderRequest, ReportJobResult } from './protocol';

/**
 * A report worker thread: renders each job it is sent and writes the PDF, then answers with the
 * result. Every failure is an answer, never an exception, so one bad job never stops the batch.
 */
async function run({ job }: RenderRequest): Promise<ReportJobResult> {
  try {
    const { pdf, pages, sha256 } = await renderReportPdf(job.snapshot, { plain: job.plain === true });
    await fs.mkdir(path.dirname(job.outPath), { recursive: true });
    // Written aside and renamed, so a cancelled or crashed batch never leaves half a PDF under the real name.
    const partial = `${job.outPath}.part`;
    await fs.writeFile(partial, pdf);
    await fs.rename(partial, job.outPath);
    return { key: job.key, ok: true, sha256, pages, path: job.outPath };
  } catch (error) {
    if (error instanceof ReportInputError) return { key: job.key, ok: false, failure: error.reason, detail: error.message };
    return { key: job.key, ok: false, failure: 'failed', detail: error instanceof Error ? error.name : typeof error };
  }
}

const port = parentPort;
if (!port) throw new Error('reports/batch/worker runs as a worker thread only');
port.on('message', (request: RenderRequest) => {
  void run(request).then((result) => port.postMessage({ result } satisfies RenderReply));
});

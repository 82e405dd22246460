import type { ReportJob, ReportJobResult } from './protocol';
import { renderReplySchema } from './protocol';
import { ReportWorker } from './reportWorker';

export interface BatchProgress {
  /** Jobs finished so far (produced or failed), and of those, failed. */
  done: number;
  failed: number;
  /** The job that just finished. */
  last: ReportJobResult;
}

export interface BatchOptions {
  /** Worker threads (default 2: the desk's PCs are small, and the UI needs a core). */
  workers?: number;
  onProgress?: (progress: BatchProgress) => void;
  /**
   * Stops the batch: no further job is taken from the source; jobs already in a worker finish
   * (one report takes well under a second) and are reported. Then the workers are ended.
   */
  signal?: AbortSignal;
  /** A job running longer than this is failed and its worker replaced (default 120 s). */
  jobTimeoutMs?: number;
  /** The worker bundle to run (the bench points at a fresh build); found beside this code unless given. */
  workerFile?: string;
}

export interface BatchSummary {
  /** Every job taken from the source, in the order they finished. */
  results: ReportJobResult[];
  cancelled: boolean;
}

const DEFAULT_WORKERS = 2;
const DEFAULT_JOB_TIMEOUT_MS = 120_000;

/**
 * Renders reports in worker threads. Jobs are pulled from `jobs` one at a time, only when a
 * worker is free, so the caller can build snapshots lazily and memory stays bounded however
 * long the batch. Each job's failure (bad snapshot, write error, a crashed or stuck worker) is
 * reported as its result; the rest go on.
 */
export async function runReportBatch(jobs: Iterable<ReportJob> | AsyncIterable<ReportJob>, options: BatchOptions = {}): Promise<BatchSummary> {
  const source = toAsyncIterator(jobs);
  const results: ReportJobResult[] = [];
  let failed = 0;
  let exhausted = false;
  // The source is read by one worker loop at a time: iterators are not safe to call concurrently.
  let pulling: Promise<unknown> = Promise.resolve();
  const next = (): Promise<ReportJob | null> => {
    const pulled = pulling.then(async () => {
      if (exhausted || options.signal?.aborted) return null;
      const step = await source.next();
      if (step.done) exhausted = true;
      return step.done ? null : step.value;
    });
    pulling = pulled.catch(() => undefined);
    return pulled;
  };
  const record = (result: ReportJobResult) => {
    results.push(result);
    if (!result.ok) failed += 1;
    options.onProgress?.({ done: results.length, failed, last: result });
  };

  const lane = async () => {
    const worker = new ReportWorker(options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS, options.workerFile, true);
    try {
      for (let job = await next(); job !== null; job = await next()) record(await produce(worker, job));
    } finally {
      await worker.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.workers ?? DEFAULT_WORKERS) }, lane));
  } finally {
    if (!exhausted) await source.return?.();
  }
  return { results, cancelled: options.signal?.aborted === true && !exhausted };
}

/** A batch lane's worker: each job's answer is its result, a broken worker the job's failure. */
async function produce(worker: ReportWorker, job: ReportJob): Promise<ReportJobResult> {
  const answer = await worker.ask<unknown>({ job });
  if ('reply' in answer) {
    const parsed = renderReplySchema.safeParse(answer.reply);
    return parsed.success ? parsed.data.result : { key: job.key, ok: false, failure: 'failed', detail: 'the worker answered something unexpected' };
  }
  if ('broken' in answer) return { key: job.key, ok: false, failure: 'failed', detail: answer.broken };
  return { key: job.key, ok: false, failure: 'invalid', detail: answer.uncloneable };
}

function toAsyncIterator<T>(jobs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in jobs) return jobs[Symbol.asyncIterator]();
  const iterator = jobs[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}

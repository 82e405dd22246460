import { Worker } from 'node:worker_threads';
import type { ChangesPage } from '../../../../shared/wire';
import { bundledWorkerFile } from '../../lifecycle/bundledWorker';
import { log } from '../../log';
import { BankError } from '../bankClient';
import type { FeedStart } from './feedProtocol';
import { FEED_WORKER_BUNDLE, FEED_WORKER_ENV, fromFeedWorkerSchema } from './feedProtocol';
import type { PageFeed } from './pageFeed';

/** Pages the worker may hold before the core takes them: enough to never wait, few enough to bound memory (~2 MB each). */
export const FEED_AHEAD = 3;

export interface WorkerFeedOptions {
  baseUrl: string;
  cursor: string;
  pageSize: number;
  accessToken: () => Promise<string>;
  /** Where the pull goes on when the worker itself fails: fetching on the core's thread from `cursor`. */
  fallback: (cursor: string) => Promise<PageFeed>;
}

let missingTold = false;

/** The feed worker's bundle, or null where none was built (then pulls fetch on the core's thread, said once in the log). */
export function feedWorkerFile(): string | null {
  const file = bundledWorkerFile(FEED_WORKER_BUNDLE, FEED_WORKER_ENV);
  if (!file && !missingTold) {
    missingTold = true;
    log.warn('sync.feed_worker_missing', { bundle: FEED_WORKER_BUNDLE });
  }
  return file;
}

/**
 * Pages fetched, parsed and checked in a worker thread (feedWorker.ts) up to FEED_AHEAD ahead of
 * the core, which only writes them: a first sync's fetch and parse overlap its writes. Each page
 * taken gives the worker a credit for one more, with the access token of the moment. The bank's
 * refusal comes after the pages before it; the worker's own failure (it died, it sent something
 * unexpected) hands the rest of the pull to the core's thread, from the last page taken.
 */
export async function workerFeed(file: string, options: WorkerFeedOptions): Promise<PageFeed> {
  // The token first: a rejection here leaves no thread behind.
  const start: FeedStart = { kind: 'start', baseUrl: options.baseUrl, cursor: options.cursor, pageSize: options.pageSize, ahead: FEED_AHEAD, token: await options.accessToken() };
  const worker = new Worker(file);
  const ready: ChangesPage[] = [];
  // The first failure ends what the worker sends; it is raised once the pages before it are taken.
  const state: { failure: BankError | 'broken' | null; closed: boolean; wake: (() => void) | null } = { failure: null, closed: false, wake: null };
  const fail = (failure: BankError | 'broken', reason?: string) => {
    if (state.failure !== null) return;
    if (failure === 'broken') log.warn('sync.feed_worker_failed', { reason: reason ?? 'unknown' });
    state.failure = failure;
    void worker.terminate();
    state.wake?.();
  };
  worker.on('message', (message: unknown) => {
    if (state.failure !== null) return;
    const parsed = fromFeedWorkerSchema.safeParse(message);
    if (!parsed.success) return fail('broken', 'unexpected message');
    const data = parsed.data;
    if (data.kind === 'broken') return fail('broken', data.reason);
    if (data.kind === 'error') return fail(new BankError(data.error.kind, data.error.message, data.error.status, data.error.retryAfterSec));
    ready.push(data.page);
    state.wake?.();
  });
  worker.on('error', (error) => fail('broken', error.name));
  worker.on('exit', (code) => {
    if (!state.closed) fail('broken', `exited with code ${code}`);
  });
  worker.postMessage(start);

  let cursor = options.cursor;
  let fallback: PageFeed | null = null;
  return {
    async next() {
      if (fallback) return fallback.next();
      while (ready.length === 0 && state.failure === null) await new Promise<void>((resolve) => (state.wake = resolve));
      state.wake = null;
      if (ready.length === 0) {
        if (state.failure !== 'broken' && state.failure !== null) throw state.failure;
        fallback = await options.fallback(cursor);
        return fallback.next();
      }
      const pages = ready.splice(0);
      cursor = (pages.at(-1) as ChangesPage).cursor;
      if (state.failure === null) {
        const token = await options.accessToken();
        for (let i = 0; i < pages.length; i++) worker.postMessage({ kind: 'credit', token });
      }
      return pages;
    },
    close() {
      state.closed = true;
      fallback?.close();
      void worker.terminate();
    },
  };
}

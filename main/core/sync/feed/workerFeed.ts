import { Worker } from 'node:worker_threads';
import type { ChangesPage } from '../../../../shared/wire';
import { log } from '../../log';
import { bundledWorkerFile } from '../../lifecycle/bundledWorker';
import { BankError } from '../bankClient';
import type { PageFeed } from './pageFeed';
import type { FeedStart } from './feedProtocol';
import { FEED_WORKER_BUNDLE, FEED_WORKER_ENV, fromFeedWorkerSchema } from './feedProtocol';

/** Pages the worker may hold before the core takes them: enough to never wait, few enough to bound memory (~2 MB each). */
export const FEED_AHEAD = 3;

export interface WorkerFeedOptions {
  baseUrl: string;
  cursor: string;
  pageSize: number;
  accessToken: () => Promise<string>;
}

/** The feed worker's bundle, or null where none was built (then pulls fetch on the core's thread). */
export function feedWorkerFile(): string | null {
  return bundledWorkerFile(FEED_WORKER_BUNDLE, FEED_WORKER_ENV);
}

/**
 * Pages fetched, parsed and checked in a worker thread (feedWorker.ts) up to FEED_AHEAD ahead of
 * the core, which only writes them: a first sync's fetch and parse overlap its writes. Each page
 * taken gives the worker a credit for one more, with the access token of the moment.
 */
export async function workerFeed(file: string, options: WorkerFeedOptions): Promise<PageFeed> {
  const worker = new Worker(file);
  const ready: ChangesPage[] = [];
  // The first failure, kept until the pages before it have been taken.
  const state: { failure: BankError | null; closed: boolean; wake: (() => void) | null } = { failure: null, closed: false, wake: null };
  const fail = (error: BankError) => {
    state.failure ??= error;
    state.wake?.();
  };
  worker.on('message', (message: unknown) => {
    const parsed = fromFeedWorkerSchema.safeParse(message);
    if (!parsed.success) return fail(new BankError('bad_response', 'The sync worker sent something unexpected.'));
    if (parsed.data.kind === 'error') {
      const { kind, message: text, status, retryAfterSec } = parsed.data.error;
      return fail(new BankError(kind, text, status, retryAfterSec));
    }
    ready.push(parsed.data.page);
    state.wake?.();
  });
  worker.on('error', (error) => {
    log.warn('sync.feed_worker_failed', { name: error.name });
    fail(new BankError('network', 'The sync worker stopped.'));
  });
  worker.on('exit', () => {
    if (!state.closed) fail(new BankError('network', 'The sync worker stopped.'));
  });
  const start: FeedStart = { kind: 'start', baseUrl: options.baseUrl, cursor: options.cursor, pageSize: options.pageSize, ahead: FEED_AHEAD, token: await options.accessToken() };
  worker.postMessage(start);
  return {
    async next() {
      while (ready.length === 0 && state.failure === null) await new Promise<void>((resolve) => (state.wake = resolve));
      state.wake = null;
      if (ready.length === 0 && state.failure) throw state.failure;
      const pages = ready.splice(0);
      const token = await options.accessToken();
      for (let i = 0; i < pages.length; i++) worker.postMessage({ kind: 'credit', token });
      return pages;
    },
    close() {
      state.closed = true;
      void worker.terminate();
    },
  };
}

import path from 'node:path';
import { CORE_WORKER_ENV } from '../main/core/port/workerCore';
import { FEED_WORKER_ENV } from '../main/core/sync/feed/feedProtocol';
import { REPORT_WORKER_ENV } from '../reports/batch/workerFile';
import { UTILITY_CORE_TEST_ENV } from '../testing/utilityCoreLayout';
import { buildFeedWorker, buildNodeBundle } from './nodeBundles';

const cache = path.resolve(import.meta.dirname, '..', '.cache', 'test');

/**
 * Before any test file: the report, core and feed workers bundled once, as they ship, and
 * named in the environment the forked test processes inherit (workerFile.ts and workerCore.ts
 * read it when no bundle sits beside the code, as when running from sources).
 */
export default async function setup(): Promise<void> {
  process.env[REPORT_WORKER_ENV] ??= await buildNodeBundle('reports/batch/worker.ts', path.join(cache, 'reportWorker.cjs'));
  process.env[CORE_WORKER_ENV] ??= await buildNodeBundle('main/boot/coreWorker.ts', path.join(cache, 'coreWorker.cjs'));
  process.env[FEED_WORKER_ENV] ??= await buildFeedWorker(path.join(cache, 'feedWorker.cjs'));
  // Electron's layout, its utility process played by a thread (main/electron/utilityLayout.test.ts).
  process.env[UTILITY_CORE_TEST_ENV] ??= await buildNodeBundle('testing/utilityProcessInWorker.ts', path.join(cache, 'utilityCore.cjs'));
}

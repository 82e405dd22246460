import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle scripts/build.ts writes next to each Node entry (dist/electron, dist/webhost). */
export const WORKER_BUNDLE = 'reportWorker.cjs';

/** What `new Worker(...)` needs: a file, or (from the TS sources) a bootstrap script to eval. */
export type WorkerEntry = { kind: 'file'; file: string } | { kind: 'eval'; code: string };

/**
 * How to start a report worker from wherever this code runs. Inside a bundle in dist/ this module
 * is part of that bundle, so `import.meta.url` is the bundle's file and the worker bundle sits
 * beside it. From the TS sources (vitest, tsx) the worker is worker.ts, loaded through tsx's
 * require hook: on Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's own entry
 * (the loader hooks are not applied to it), so the hook is registered by a one-line bootstrap.
 */
export function reportWorkerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url);
  const bundled = path.join(path.dirname(here), WORKER_BUNDLE);
  if (fs.existsSync(bundled)) return { kind: 'file', file: bundled };
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const worker = path.join(path.dirname(here), 'worker.ts');
  return { kind: 'eval', code: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)});` };
}

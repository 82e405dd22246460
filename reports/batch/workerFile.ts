import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle scripts/build.ts writes next to each Node entry (dist/electron, dist/webhost). */
export const WORKER_BUNDLE = 'reportWorker.cjs';
/** For runs from the TypeScript sources (tests, benches): the bundled worker to use. */
export const REPORT_WORKER_ENV = 'ADVISOR_DESK_REPORT_WORKER';

/**
 * The report worker's file. Inside a bundle in dist/ this module is part of that bundle, so
 * `import.meta.url` is the bundle's file and the worker bundle sits beside it. From the sources
 * there is no bundle beside it: tests and benches build one first and name it in
 * ADVISOR_DESK_REPORT_WORKER (scripts/vitestGlobalSetup.ts). Nothing here loads TypeScript.
 */
export function reportWorkerFile(): string {
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE);
  if (fs.existsSync(bundled)) return bundled;
  const named = process.env[REPORT_WORKER_ENV];
  if (named && fs.existsSync(named)) return named;
  throw new Error(`The report worker (${WORKER_BUNDLE}) is missing: build the app (npm run build), or name one in ${REPORT_WORKER_ENV}.`);
}

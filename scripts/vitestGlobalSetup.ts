import path from 'node:path';
import { REPORT_WORKER_ENV } from '../reports/batch/workerFile';
import { buildReportWorker } from './reportWorkerBundle';

/**
 * Before any test file: the report worker bundled once, as it ships, and named in the environment
 * the forked test processes inherit (reports/batch/workerFile.ts reads it when no bundle sits
 * beside the code, as when running from sources).
 */
export default async function setup(): Promise<void> {
  process.env[REPORT_WORKER_ENV] ??= await buildReportWorker(path.resolve(import.meta.dirname, '..', '.cache', 'test', 'reportWorker.cjs'));
}

import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions } from './nodeBundle';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The report worker as the app ships it (one CommonJS bundle), for runs from the TypeScript
 * sources: Vitest's global set-up and the reports bench. Shipped code only ever loads the bundle
 * that scripts/build.ts writes beside each entry; nothing at run time resolves tsx or esbuild.
 */
export async function buildReportWorker(outfile: string): Promise<string> {
  await build({ ...nodeBundleOptions('sources'), entryPoints: [path.join(root, 'reports/batch/worker.ts')], outfile, sourcemap: false });
  return outfile;
}

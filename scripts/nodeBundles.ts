import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions } from './nodeBundle';

const root = path.resolve(import.meta.dirname, '..');

/**
 * A worker entry as the app ships it (one CommonJS bundle, scripts/build.ts's options), for runs
 * from the TypeScript sources: Vitest's global set-up and the benches. Shipped code only ever
 * loads the bundles scripts/build.ts writes beside each entry; nothing at run time resolves tsx
 * or esbuild.
 */
export async function buildNodeBundle(entry: string, outfile: string): Promise<string> {
  await build({
    ...nodeBundleOptions('sources'),
    entryPoints: [path.join(root, entry)],
    outfile,
    sourcemap: false,
  });
  return outfile;
}

/** The report worker, bundled. */
export function buildReportWorker(outfile: string): Promise<string> {
  return buildNodeBundle('reports/batch/worker.ts', outfile);
}

/** The sync feed worker, bundled. */
export function buildFeedWorker(outfile: string): Promise<string> {
  return buildNodeBundle('main/core/sync/feed/feedWorker.ts', outfile);
}

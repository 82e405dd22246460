import fs from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { CLIENT_PAGE_SCRIPT, CLIENT_PAGE_STATIC_FILES, clientPageBundleOptions } from '../backend/clientPage/bundle';
import { nodeBundleOptions } from './nodeBundle';

/**
 * Builds everything `npm start`, the web host, the tests and electron-builder need into dist/:
 * the renderer with Vite, and each Node entry as one CommonJS bundle with esbuild. Native
 * SQLite and Electron stay external: they are loaded from node_modules (or Electron itself).
 */
const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const node = nodeBundleOptions(pkg.version);


const entries: { in: string; out: string; target?: string }[] = [
  { in: 'main/electron/main.ts', out: 'dist/electron/main.cjs', target: 'node22' },
  { in: 'main/electron/preload.ts', out: 'dist/electron/preload.cjs', target: 'node22' },
  { in: 'main/webhost/start.ts', out: 'dist/webhost/start.cjs' },
  { in: 'backend/cli.ts', out: 'dist/backend/cli.cjs' },
  // The report worker, beside each entry that renders reports (reports/batch/workerFile.ts looks there).
  { in: 'reports/batch/worker.ts', out: 'dist/electron/reportWorker.cjs', target: 'node22' },
  { in: 'reports/batch/worker.ts', out: 'dist/webhost/reportWorker.cjs' },
  // The core in its own thread (the web host) or utility process (Electron), beside each host (main/core/port/workerCore.ts looks there).
  { in: 'main/boot/coreWorker.ts', out: 'dist/webhost/coreWorker.cjs' },
  { in: 'main/electron/coreProcess.ts', out: 'dist/electron/coreProcess.cjs', target: 'node22' },
  // The feed worker, beside each core (main/core/sync/feed/workerFeed.ts looks there).
  { in: 'main/core/sync/feed/feedWorker.ts', out: 'dist/electron/feedWorker.cjs', target: 'node22' },
  { in: 'main/core/sync/feed/feedWorker.ts', out: 'dist/webhost/feedWorker.cjs' },
];

async function main(): Promise<void> {
  const started = Date.now();
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  await Promise.all(
    entries.map((entry) =>
      esbuild({
        ...node,
        entryPoints: [path.join(root, entry.in)],
        outfile: path.join(root, entry.out),
        target: entry.target ?? 'node20',
      }),
    ),
  );
  await buildClientPage();
  // socket.io's browser client, which the bundled backend serves (socket.io looks for it in
  // ../client-dist relative to its code, here a bundle) and the client page loads.
  fs.cpSync(path.join(root, 'node_modules/socket.io/client-dist'), path.join(root, 'dist/client-dist'), { recursive: true });
  process.stdout.write(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * The chat client page, which the bundled backend serves from dist/clientPage/ beside itself: its
 * TypeScript bundled for the browser into client.js, and its static files. Only those: the route
 * serves a folder without sources as they are.
 */
async function buildClientPage(): Promise<void> {
  const source = path.join(root, 'backend/clientPage');
  const out = path.join(root, 'dist/clientPage');
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild({ ...clientPageBundleOptions(source), outfile: path.join(out, CLIENT_PAGE_SCRIPT) });
  for (const file of CLIENT_PAGE_STATIC_FILES) fs.copyFileSync(path.join(source, file), path.join(out, file));
}

main().catch((error: unknown) => {
  process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

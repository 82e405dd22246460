import fs from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
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
        // ws tries these optional native speed-ups at run time; we do not ship them.
        external: [...(node.external ?? []), 'bufferutil', 'utf-8-validate'],
      }),
    ),
  );
  // Files the bundled backend serves from beside itself: the chat client page, and socket.io's
  // browser client (socket.io looks for it in ../client-dist relative to its code, here a bundle).
  fs.cpSync(path.join(root, 'backend/clientPage'), path.join(root, 'dist/clientPage'), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules/socket.io/client-dist'), path.join(root, 'dist/client-dist'), { recursive: true });
  process.stdout.write(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

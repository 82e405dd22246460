import fs from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { buildNodeBundle } from '../scripts/nodeBundles';

const root = path.resolve(import.meta.dirname, '..');

/** A web host laid out as dist/ lays it out: `webhost/start.cjs` serves `../renderer`. */
export interface HostLayout {
  entry: string;
  rendererDir: string;
}

/**
 * The Node bundles of dist/webhost/ (the host, the core's worker thread, the workers beside it),
 * read from scripts/build.ts's entry table so the bench builds what ships as that table changes.
 */
function hostBundles(): [entry: string, file: string][] {
  const table = fs.readFileSync(path.join(root, 'scripts', 'build.ts'), 'utf8');
  const bundles = [...table.matchAll(/\{ in: '([^']+)', out: 'dist\/webhost\/([^']+)'/g)].map((match): [string, string] => [match[1]!, match[2]!]);
  if (!bundles.some(([, file]) => file === 'start.cjs')) throw new Error('scripts/build.ts no longer lists dist/webhost/start.cjs as bench/startupApp.ts reads it');
  return bundles;
}

/** What the bare baseline page shows; the page probe waits for its element. */
export const BARE_PAGE = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8"><title>Advisor Desk</title></head>\n<body><p id="bare">顾问工作台</p></body></html>\n';

/**
 * The app as scripts/build.ts builds it (the renderer with vite.config.ts, the host's entries
 * with the same esbuild options), but into .cache/bench/startup/ rather than dist/, so that the
 * bench neither needs nor overwrites a build someone else is using. Inside the repo, so the
 * bundles find node_modules. Beside it, the same host bundles serving a bare static page instead
 * of the renderer: the baseline.
 */
export async function buildStartupHosts(): Promise<{ app: HostLayout; bare: HostLayout }> {
  const base = path.join(root, '.cache', 'bench', 'startup');
  const app = layout(path.join(base, 'app'));
  const bare = layout(path.join(base, 'bare'));
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: app.rendererDir, emptyOutDir: true } });
  const [webhost, bareWebhost] = [app, bare].map((host) => path.dirname(host.entry)) as [string, string];
  for (const dir of [webhost, bareWebhost, bare.rendererDir]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const bundles = hostBundles();
  await Promise.all(bundles.map(([entry, file]) => buildNodeBundle(entry, path.join(webhost, file))));
  for (const [, file] of bundles) fs.copyFileSync(path.join(webhost, file), path.join(bareWebhost, file));
  fs.writeFileSync(path.join(bare.rendererDir, 'index.html'), BARE_PAGE);
  return { app, bare };
}

function layout(dir: string): HostLayout {
  return { entry: path.join(dir, 'webhost', 'start.cjs'), rendererDir: path.join(dir, 'renderer') };
}

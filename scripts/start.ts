import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectronNative, installedElectronVersion } from './electronNative';

/**
 * `npm start`: build, then open the Electron app. Where the Electron runtime cannot be had
 * (its binary is downloaded on first run from a host this machine may not reach), say so in one
 * paragraph and open the same app through the web host instead.
 */
const root = path.resolve(import.meta.dirname, '..');

function electronBinary(): string | null {
  process.stdout.write('Looking for the Electron runtime (the first run downloads it, about 100 MB)...\n');
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  return probe.status === 0 && probe.stdout.trim() !== '' ? probe.stdout.trim() : null;
}

function explainFallback(reason: string): void {
  process.stdout.write(`\nAdvisor Desk cannot open as a desktop app here: ${reason} Until then the same app opens in your browser: starting the web host on 127.0.0.1.\n\n`);
}

const NO_RUNTIME =
  'Electron downloads its runtime from github.com the first time it runs, and that download failed (this machine cannot reach the host). ' +
  'On a bank intranet, point it at an internal mirror and start again, for example ' +
  '`ELECTRON_MIRROR=https://mirror.intranet.example/electron/ npm start` (the mirror must hold the ' +
  `electron-v${installedElectronVersion(root)}-${process.platform}-${process.arch}.zip release).`;

const NO_NATIVE =
  "SQLite's native module could not be built for Electron: that needs a prebuilt binary or Electron's headers, both downloaded from the internet (set ELECTRON_MIRROR or npm's proxy settings on a bank intranet).";

function runWebHost(): void {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'webhost', 'start.cjs')], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
  const electron = electronBinary();
  if (!electron) {
    explainFallback(NO_RUNTIME);
    runWebHost();
    return;
  }
  try {
    await ensureElectronNative(root, installedElectronVersion(root));
  } catch {
    explainFallback(NO_NATIVE);
    runWebHost();
    return;
  }
  const child = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

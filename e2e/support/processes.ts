import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningProcess {
  /** What the process printed that the test waited for (a URL). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts one of the built entries and waits for the line that says it is ready. Its output is
 * kept and shown if it dies before that, so a failing start explains itself.
 */
function startEntry(entry: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<RunningProcess> {
  const child = spawn(process.execPath, [path.join(root, entry), ...args], {
    cwd: root,
    env: { ...process.env, ADVISOR_DESK_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    // A wait, not a performance check: seeding the 10,000-client demo book on a busy 2-core machine takes a while.
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in time:\n${output.join('')}`)), 180_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${output.join('')}`));
    });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(`${line}\n`);
      const url = ready.exec(line)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, stop: () => stop(child) });
    });
  });
}

/** How long a process may take to shut down cleanly before it is killed (a test must not hang on it). */
const STOP_GRACE_MS = 15_000;

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The reference bank backend (dist/backend/cli.cjs) with its own demo book. */
export function startBackend(options: { dataDir: string; clients?: number; port?: number }): Promise<RunningProcess> {
  const args = ['--db', path.join(options.dataDir, 'backend.sqlite'), '--port', String(options.port ?? 0), '--clients', String(options.clients ?? 200)];
  return startEntry('dist/backend/cli.cjs', args, {}, /^ADVISOR_DESK_BACKEND_URL=(\S+)$/);
}

/** The web host (dist/webhost/start.cjs); without a backend URL it runs in demo mode. */
export function startWebHost(options: { dataDir: string; backendUrl?: string; env?: NodeJS.ProcessEnv }): Promise<RunningProcess> {
  return startEntry(
    'dist/webhost/start.cjs',
    [],
    { ADVISOR_DESK_DATA_DIR: options.dataDir, ADVISOR_DESK_BACKEND_URL: options.backendUrl ?? '', ...options.env },
    /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/,
  );
}

export const artifactsDir = path.join(root, 'e2e', 'artifacts');

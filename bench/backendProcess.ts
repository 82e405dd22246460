import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');

/** The reference backend in a process of its own, as a bank's server runs: seeded with a demo book of `clients` if the file is new. */
export async function spawnBackend(dbPath: string, clients: number): Promise<{ url: string; stop(): Promise<void> }> {
  const proc = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'backend', 'cli.ts'), '--db', dbPath, '--clients', String(clients)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`backend exited with ${code}`)));
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      const match = /^ADVISOR_DESK_BACKEND_URL=(\S+)$/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  proc.removeAllListeners('exit');
  return { url, stop: () => new Promise((resolve) => (proc.once('exit', () => resolve()), proc.kill('SIGTERM'))) };
}

import os from 'node:os';
import path from 'node:path';
import type { CoreBootData } from '../core/port/coreBootData';
import { log } from '../core/log';
import { superviseCore } from '../core/port/supervisedCore';
import { spawnWorkerCore } from '../core/port/workerCore';
import { startWebHost } from './server';

declare const ADVISOR_DESK_VERSION: string;

/**
 * `npm run start:web`: the web host on 127.0.0.1. Data folder from ADVISOR_DESK_DATA_DIR (else
 * ~/.advisor-desk/web), port from ADVISOR_DESK_PORT (else a free one). Prints the URL to open,
 * token included, on a line of its own.
 */
async function main(): Promise<void> {
  const env = process.env;
  const dataDir = path.resolve(env.ADVISOR_DESK_DATA_DIR || path.join(os.homedir(), '.advisor-desk', 'web'));
  const port = env.ADVISOR_DESK_PORT ? Number(env.ADVISOR_DESK_PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('ADVISOR_DESK_PORT must be a port number.');

  // The core runs in a worker thread, as it runs in Electron's utility process: this thread only serves HTTP.
  const bootData: CoreBootData = { dataDir, appVersion: ADVISOR_DESK_VERSION, key: { kind: 'file', file: path.join(dataDir, 'db.key'), envKey: env.ADVISOR_DESK_DB_KEY } };
  const core = await superviseCore({ spawn: () => spawnWorkerCore(bootData) });
  const host = await startWebHost({ core, rendererDir: path.join(__dirname, '..', 'renderer'), port });

  process.stdout.write(
    `Advisor Desk web host is running${core.demo ? ' in demo mode (built-in reference backend, demo data)' : ''}.\n` +
      `Open this address in Chromium or Chrome:\n${host.url}\n`,
  );

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  log.error('webhost.start_failed', { kind: error instanceof Error ? error.name : typeof error });
  process.stderr.write(`Advisor Desk web host could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

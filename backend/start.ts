import type { FastifyInstance } from 'fastify';
import { chinaDate } from './time';
import { DEFAULT_DEMO_SEED } from './demo/generate';
import { seedDemoBook } from './demo/seed';
import type { BackendServerOptions } from './server';
import { buildBackendServer } from './server';
import type { BackendStore } from './store';
import { openStore } from './store';

export interface StartBackendOptions {
  /** The store's SQLite file; created (with its folder) when missing. */
  dbPath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Seed this demo book when the store is empty; an existing store keeps its data. */
  demo?: { clients: number; seed?: number; asOf?: string };
  /** better-sqlite3 native binding for the running ABI (Electron). */
  nativeBinding?: string;
  now?: () => Date;
  accessTokenTtlSec?: number;
  refreshTokenTtlSec?: number;
  chatLog?: BackendServerOptions['chatLog'];
  clientPageDir?: string;
}

export interface RunningBackend {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  /** True when this start wrote the demo book. */
  seeded: boolean;
  store: BackendStore;
  app: FastifyInstance;
  /** Stops listening and closes the store. Safe to call twice. */
  close(): Promise<void>;
}

export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const store = openStore(options.dbPath, { nativeBinding: options.nativeBinding });
  let app: FastifyInstance | undefined;
  try {
    let seeded = false;
    if (options.demo && store.isEmpty()) {
      const { clients, seed = DEFAULT_DEMO_SEED, asOf = chinaDate(now()) } = options.demo;
      seedDemoBook(store, { seed, clients, asOf });
      seeded = true;
    }
    store.pruneExpiredTokens(now());

    app = buildBackendServer({
      store,
      now,
      ...(options.accessTokenTtlSec !== undefined ? { accessTokenTtlSec: options.accessTokenTtlSec } : {}),
      ...(options.refreshTokenTtlSec !== undefined ? { refreshTokenTtlSec: options.refreshTokenTtlSec } : {}),
      ...(options.chatLog ? { chatLog: options.chatLog } : {}),
      ...(options.clientPageDir !== undefined ? { clientPageDir: options.clientPageDir } : {}),
    });
    await app.listen({ host, port: options.port ?? 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('backend is not listening on a TCP port');
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

    const running = app;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${address.port}`,
      port: address.port,
      seeded,
      store,
      app: running,
      close: () => {
        closing ??= running.close().finally(() => store.close());
        return closing;
      },
    };
  } catch (err) {
    await app?.close();
    store.close();
    throw err;
  }
}

import path from 'node:path';
import type { RunningBackend } from '../backend/start';
import { startBackend } from '../backend/start';
import type { ApiResult, EventName, MethodInput, MethodName, MethodOutput } from '../shared/api';
import type { Core, CoreOptions } from '../main/core/core';
import { createCore } from '../main/core/core';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import type { FaultProxy } from './faultProxy';
import { startFaultProxy } from './faultProxy';
import type { TempDir } from './tempDir';
import { makeTempDir } from './tempDir';

/**
 * The desk's core against the real reference backend, with a fault-injecting proxy between them
 * and real encrypted SQLite files in a temp folder: the set-up the core's integration tests share.
 */
export interface DeskHarness {
  temp: TempDir;
  backend: RunningBackend;
  proxy: FaultProxy;
  /** A core over the proxy; several may exist (two advisors, or a restart). */
  makeCore(overrides?: Partial<CoreOptions> & { dataDir?: string }): Desk;
  /** Stops the bank and starts it again on the same port and file (`backend` is then the new one). */
  restartBackend(): Promise<void>;
  close(): Promise<void>;
}

export interface Desk {
  core: Core;
  dataDir: string;
  events: { event: EventName; payload: unknown }[];
  call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
  attempt(method: MethodName, input?: unknown): Promise<ApiResult<unknown>>;
  /** Syncs until nothing is left to push or the attempts run out; returns the last status. */
  syncUntilSettled(attempts?: number): Promise<MethodOutput<'sync.now'>>;
}

export async function startDeskHarness(options: { clients: number; prefix: string; accessTokenTtlSec?: number }): Promise<DeskHarness> {
  const temp = makeTempDir(options.prefix);
  const bankOptions = {
    dbPath: temp.file('backend.sqlite'),
    demo: { clients: options.clients, asOf: '2026-11-28' },
    ...(options.accessTokenTtlSec ? { accessTokenTtlSec: options.accessTokenTtlSec } : {}),
  };
  let backend = await startBackend(bankOptions);
  const proxy = await startFaultProxy(backend.url);
  const cores: Core[] = [];
  return {
    temp,
    get backend() {
      return backend;
    },
    proxy,
    async restartBackend() {
      const { port } = backend;
      await backend.close();
      backend = await startBackend({ ...bankOptions, port });
    },
    makeCore(overrides = {}) {
      const dataDir = overrides.dataDir ?? path.join(temp.dir, 'desk');
      const core = createCore({
        dataDir,
        keyProvider: fileKeyProvider({ file: path.join(dataDir, 'db.key') }),
        backendUrl: proxy.url,
        appVersion: 'test',
        syncIntervalMs: 3_600_000,
        backoff: { baseMs: 5, capMs: 20 },
        ...overrides,
      });
      cores.push(core);
      const events: Desk['events'] = [];
      core.events.subscribe((event, payload) => events.push({ event, payload }));
      const attempt = (method: MethodName, input: unknown = {}) => core.dispatch(method, input);
      const call = async <M extends MethodName>(method: M, input?: MethodInput<M>) => {
        const result = await attempt(method, input ?? {});
        if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
        return result.value as MethodOutput<M>;
      };
      return {
        core,
        dataDir,
        events,
        call,
        attempt,
        async syncUntilSettled(attempts = 20) {
          let status = await call('sync.now');
          for (let i = 1; i < attempts && (status.pending > 0 || status.state !== 'idle'); i++) status = await call('sync.now');
          return status;
        },
      };
    },
    async close() {
      for (const core of cores) await core.close();
      await proxy.close();
      await backend.close();
      temp.cleanup();
    },
  };
}

import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackend } from '../../backend/start';
import { startBackend } from '../../backend/start';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import { until } from '../../testing/until';
import type { TestWindow } from '../../testing/utilityCoreLayout';
import { spawnUtilityCoreInWorker } from '../../testing/utilityCoreLayout';
import { superviseCore } from '../core/port/supervisedCore';
import { createPortTransport } from './portTransport';
import { windowPorts } from './windowPorts';

/**
 * Electron's layout without Electron: the core's utility-process entry with the real boot (a raw
 * key, as safeStorage gives it), the supervisor in "main", and a window whose preload transport
 * talks to the core over its own port, never through "main". Killed, the core comes back and the
 * window is handed a port to the new one, signed in as before.
 */
let temp: TempDir;
let backend: RunningBackend;
beforeAll(async () => {
  temp = makeTempDir('utility');
  backend = await startBackend({ dbPath: temp.file('backend.sqlite'), demo: { clients: 300, asOf: '2026-11-28' } });
  process.env.ADVISOR_DESK_BACKEND_URL = backend.url;
}, 120_000);
afterAll(async () => {
  await backend.close();
  temp.cleanup();
});

function testWindow(): TestWindow & { hostCalls: string[] } {
  const hostCalls: string[] = [];
  return {
    hostCalls,
    isDestroyed: () => false,
    once: () => undefined,
    preload: createPortTransport({
      methods: ['reports.print'],
      invoke: (method) => {
        hostCalls.push(method);
        return Promise.resolve({ ok: true, value: { printedByHost: true, printed: false } });
      },
    }),
  };
}

describe("Electron's layout: the core in its own process, each window on its own port", () => {
  it('serves a window over its port, and after a crash hands it a port to the restarted core', async () => {
    const bootData = { dataDir: temp.file('desk'), appVersion: 'test', key: { kind: 'raw' as const, hex: crypto.randomBytes(32).toString('hex') } };
    let running: ReturnType<typeof spawnUtilityCoreInWorker> | null = null;
    // What "main" itself sends the core: a resume after the crash, never a window's call.
    const fromMain: string[] = [];
    const core = await superviseCore({
      spawn: () => {
        const spawned = spawnUtilityCoreInWorker(bootData);
        const post = spawned.link.post;
        spawned.link.post = (message) => {
          fromMain.push((message as { kind: string }).kind);
          post(message);
        };
        return (running = spawned);
      },
      restartDelayMs: 50,
    });
    const window = testWindow();
    // "Main" forwards only the supervisor's own events, as ipcAdapter does over IPC.
    core.hostEvents.subscribe((event, payload) => window.preload.hostEvent(event, payload));
    const ports = windowPorts<TestWindow>(core.hostEvents, () => running);
    ports.request(window);

    const api = window.preload.transport;
    const call = async (method: string, input: unknown = {}) => {
      const result = await api.invoke(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.reason}`);
      return result.value as never;
    };
    const seen: string[] = [];
    for (const event of ['session:changed', 'data:changed', 'core:status'] as const) api.on(event, (payload) => seen.push(`${event}:${JSON.stringify(payload)}`));

    await call('session.login', { username: 'demo', password: 'demo1234' });
    await until(async () => ((await call('sync.status')) as { state: string }).state === 'idle', 60_000);
    expect(((await call('clients.page', { offset: 0, limit: 5 })) as { total: number }).total).toBe(300);
    // The core's own events reached the window on its port.
    expect(seen.some((line) => line.startsWith('session:changed'))).toBe(true);
    expect(seen.some((line) => line.startsWith('data:changed'))).toBe(true);
    // Printing goes to "main", which prints in the asking window.
    await call('reports.print', { id: 'r1' });
    expect(window.hostCalls).toEqual(['reports.print']);

    running!.kill();
    await until(() => seen.includes('core:status:{"state":"ready"}'), 60_000);
    expect(seen).toContain('core:status:{"state":"recovering"}');
    expect(core.restarts).toBe(1);
    // Same window, a new port: still signed in, the book there.
    expect(((await call('session.current')) as { advisor: { username: string } } | null)?.advisor.username).toBe('demo');
    expect(((await call('clients.page', { offset: 0, limit: 5 })) as { total: number }).total).toBe(300);
    expect(fromMain).toEqual(['resume']);
    ports.dispose();
    await core.close();
  }, 180_000);
});

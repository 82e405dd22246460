import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult, EventName } from '../../../shared/api';
import type { RunningBackend } from '../../../backend/start';
import { startBackend } from '../../../backend/start';
import type { TempDir } from '../../../testing/tempDir';
import { makeTempDir } from '../../../testing/tempDir';
import { until } from '../../../testing/until';
import type { CoreBootData } from './coreBootData';
import type { CoreProcess, SupervisedCore } from './supervisedCore';
import { superviseCore } from './supervisedCore';
import { spawnWorkerCore } from './workerCore';

let temp: TempDir;
let backend: RunningBackend;
beforeAll(async () => {
  temp = makeTempDir('port');
  backend = await startBackend({ dbPath: temp.file('backend.sqlite'), demo: { clients: 1_500, asOf: '2026-11-28' } });
  // The worker reads its settings from the environment it inherits, as the web host's does.
  process.env.ADVISOR_DESK_BACKEND_URL = backend.url;
}, 120_000);
afterAll(async () => {
  await backend.close();
  temp.cleanup();
});

/** A supervised core in real worker threads, with a handle on the one running now (to kill it). */
async function supervised(dir: string) {
  const bootData: CoreBootData = { dataDir: temp.file(dir), appVersion: 'test', key: { kind: 'file', file: temp.file(`${dir}.key`) } };
  let running: CoreProcess | null = null;
  const core = await superviseCore({
    spawn: () => (running = spawnWorkerCore(bootData)),
    restartDelayMs: 50,
  });
  const events: { event: EventName; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => events.push({ event, payload }));
  const call = async (method: string, input: unknown = {}) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.reason}`);
    return result.value as never;
  };
  return { core, events, call, kill: () => running?.kill() };
}

const demo = { username: 'demo', password: 'demo1234' };

async function recovered(core: SupervisedCore, events: { event: EventName; payload: unknown }[], restarts: number): Promise<void> {
  await until(() => core.restarts === restarts && events.some((e) => e.event === 'core:status' && (e.payload as { state: string }).state === 'ready'), 60_000);
}

describe('the core behind the port', () => {
  it('answers calls and forwards events from its worker thread', async () => {
    const { core, events, call } = await supervised('calls');
    expect(core.backendUrl).toBe(backend.url);
    expect((await call('app.info')) as { demoMode: boolean }).toMatchObject({ demoMode: false });
    expect(await core.dispatch('no.such.method', {})).toMatchObject({ ok: false, error: { reason: 'request.unknown_method' } });
    await call('session.login', demo);
    await until(async () => ((await call('sync.status')) as { state: string }).state === 'idle', 60_000);
    expect(((await call('clients.page', { offset: 0, limit: 5 })) as { total: number }).total).toBe(1_500);
    expect(events.some((e) => e.event === 'session:changed')).toBe(true);
    expect(events.some((e) => e.event === 'data:changed')).toBe(true);
    await core.close();
  }, 120_000);

  it('comes back by itself after being killed mid-write, with the session and every saved write', async () => {
    const { core, events, call, kill } = await supervised('writes');
    await call('session.login', demo);
    await until(async () => ((await call('sync.status')) as { state: string }).state === 'idle', 60_000);
    const page = (await call('clients.page', { offset: 0, limit: 20 })) as { rows: { id: string }[] };
    const saved: string[] = [];
    const unsure: ApiResult<unknown>[] = [];
    let killed = false;
    for (let i = 0; i < 200; i++) {
      const clientId = page.rows[i % page.rows.length]!.id;
      const attempt = core.dispatch('interactions.log', { clientId, occurredAt: '2026-11-27T02:00:00.000Z', channel: 'phone', theme: '市场观点', isAllocationReview: false, summary: `写入 ${i}`, nextSteps: null });
      if (i === 60) {
        kill();
        killed = true;
      }
      const result = await attempt;
      if (result.ok) saved.push((result.value as { id: string }).id);
      else unsure.push(result);
    }
    expect(killed).toBe(true);
    await recovered(core, events, 1);
    // In flight at the kill: said so, never answered as done; everything answered as done is there.
    expect(unsure.every((r) => !r.ok && r.error.reason === 'host.core_restarting')).toBe(true);
    expect(((await call('session.current')) as { advisor: { username: string } } | null)?.advisor.username).toBe('demo');
    const stored = new Set<string>();
    for (const row of page.rows) for (const line of (await call('interactions.list', { clientId: row.id })) as { id: string }[]) stored.add(line.id);
    expect(saved.filter((id) => !stored.has(id))).toEqual([]);
    expect(saved.length).toBeGreaterThan(100);
    // What the bank gets: each saved write once.
    await until(async () => ((await call('sync.now')) as { pending: number }).pending === 0, 60_000);
    await core.close();
  }, 180_000);

  it('comes back after being killed mid-sync, locked if it was, and finishes the sync', async () => {
    const { core, events, call, kill } = await supervised('sync');
    await call('session.login', demo);
    await until(() => events.some((e) => e.event === 'data:changed'), 60_000);
    await call('session.lock');
    kill();
    await recovered(core, events, 1);
    expect(((await call('session.current')) as { locked: boolean } | null)?.locked).toBe(true);
    await call('session.unlock', { password: demo.password });
    await until(async () => ((await call('sync.now')) as { state: string }).state === 'idle', 60_000);
    expect(((await call('clients.page', { offset: 0, limit: 1 })) as { total: number }).total).toBe(1_500);
    await core.close();
  }, 180_000);
});

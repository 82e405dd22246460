import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api';
import { syncStatusSchema } from '../../../shared/api';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { until } from '../../../testing/until';

/**
 * The sync status carries a pull's total, from the `remaining` the bank sends with each page,
 * so the status bar can show a first sync as a percentage: against the real reference backend,
 * and against one that sends no count (played by the proxy removing it from every page).
 */
const PAGE = 200;
const DEMO = { username: 'demo', password: 'demo1234' };

let harness: DeskHarness;
beforeAll(async () => {
  harness = await startDeskHarness({ clients: 30, prefix: 'pull-progress' });
});
afterAll(() => harness.close());
afterEach(() => harness.proxy.clearFaults());

/** A desk with an empty book of its own (each test signs in to a fresh data folder). */
function freshDesk(name: string): Desk {
  return harness.makeCore({ pageSize: PAGE, dataDir: path.join(harness.temp.dir, name) });
}

/** Every `sync:status` the desk sent (from its `from`th event on), parsed as the renderer parses it. */
const statuses = (desk: Desk, from = 0): SyncStatus[] =>
  desk.events
    .slice(from)
    .filter((e) => e.event === 'sync:status')
    .map((e) => syncStatusSchema.parse(e.payload));

/** How many changes the bank's feed holds for the advisor, read straight from its store. */
function feedSize(advisorId: string): number {
  let size = 0;
  for (let cursor = 0; ; ) {
    const page = harness.backend.store.changesSince(advisorId, cursor, 5000);
    size += page.changes.length;
    cursor = Number(page.cursor);
    if (!page.hasMore) return size;
  }
}

describe('the pull total in the sync status', () => {
  it('knows the whole first sync of an empty book from its first page, and forgets it when the pull ends', async () => {
    const desk = freshDesk('first-sync');
    const { advisor } = await desk.call('session.login', DEMO);
    const settled = await desk.syncUntilSettled();
    const total = feedSize(advisor.id);
    expect(total).toBeGreaterThan(PAGE * 3);

    // One status per write (pages waiting together are written together), each with the total.
    const pages = statuses(desk).filter((s) => s.state === 'syncing' && s.pulled > 0);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Nothing changed at the bank meanwhile, so the hint is exact on every page.
    expect(new Set(pages.map((s) => s.pullTotal))).toEqual(new Set([total]));
    expect(pages.at(-1)).toMatchObject({ pulled: total, pullTotal: total });
    expect(settled).toMatchObject({ state: 'idle', pulled: total, pullTotal: null, resync: null });
  });

  it('gives a full re-sync its total, and the next pull of an up-to-date book a total of 0', async () => {
    const desk = freshDesk('resync');
    const { advisor } = await desk.call('session.login', DEMO);
    await desk.syncUntilSettled();
    const total = feedSize(advisor.id);
    const before = desk.events.length;

    await desk.call('sync.resync');
    await until(async () => (await desk.call('sync.status')).resync === null, 30_000);
    const resync = statuses(desk, before).flatMap((s) => (s.resync && s.resync.done > 0 ? [s.resync] : []));
    expect(resync.length).toBeGreaterThanOrEqual(2);
    expect(new Set(resync.map((r) => r.total))).toEqual(new Set([total]));
    expect(resync.at(-1)).toEqual({ done: total, total });

    const after = desk.events.length;
    await desk.call('sync.now');
    const polled = statuses(desk, after);
    // An empty page says nothing remains: a total of 0 (the status is sent again as figures refresh).
    expect(new Set(polled.filter((s) => s.pullTotal !== null).map((s) => `${s.pulled}/${s.pullTotal}`))).toEqual(new Set(['0/0']));
    expect(polled.at(-1)).toMatchObject({ state: 'idle', pullTotal: null });
  });

  it('works without the count: a bank that sends no `remaining` syncs the whole book, with no totals', async () => {
    harness.proxy.setFault('/sync/changes', {
      kind: 'rewrite',
      rewrite: (body) => {
        const { remaining: _dropped, ...page } = JSON.parse(body) as Record<string, unknown>;
        return JSON.stringify(page);
      },
    });
    const desk = freshDesk('older-bank');
    const { advisor } = await desk.call('session.login', DEMO);
    const settled = await desk.syncUntilSettled();
    const total = feedSize(advisor.id);
    expect(settled).toMatchObject({ state: 'idle', lastError: null, pulled: total, pullTotal: null });
    const clients = harness.backend.store.listClientsOfAdvisor(advisor.id).filter((c) => !c.deleted);
    expect((await desk.call('clients.page', { offset: 0, limit: 1 })).total).toBe(clients.length);

    await desk.call('sync.resync');
    await until(async () => (await desk.call('sync.status')).resync === null, 30_000);
    const seen = statuses(desk);
    expect(seen.filter((s) => s.pulled > 0).length).toBeGreaterThanOrEqual(4);
    expect(seen.filter((s) => s.pullTotal !== null || (s.resync !== null && s.resync.total !== null))).toEqual([]);
  });
});

import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { until } from '../../../testing/until';

const DEMO = { username: 'demo', password: 'demo1234' };

let harness: DeskHarness;
beforeAll(async () => {
  harness = await startDeskHarness({ clients: 30, prefix: 'resync-during-pull' });
});
afterAll(() => harness.close());
afterEach(() => harness.proxy.clearFaults());

describe('a full re-sync asked while a pull runs', () => {
  it('starts once that pull has stopped, and ends with the whole book, none of the first pages removed', async () => {
    const desk = harness.makeCore({ pageSize: 50, dataDir: path.join(harness.temp.dir, 'desk') });
    const { advisor } = await desk.call('session.login', DEMO);
    // Slow pages, so the re-sync is surely asked in the middle of the first sync.
    harness.proxy.setFault('/sync/changes', { kind: 'delay', ms: 30 });
    const firstSync = desk.call('sync.now');
    // The first sync has written a page or two of many.
    await until(async () => (await desk.call('sync.status')).pulled > 0, 30_000);
    const asked = await desk.call('sync.resync');
    expect(asked.resync).toEqual({ done: 0, total: null });
    const stopped = await firstSync;
    harness.proxy.clearFaults();
    await until(async () => {
      const status = await desk.call('sync.status');
      return status.resync === null && status.state === 'idle';
    }, 60_000);

    const clients = harness.backend.store.listClientsOfAdvisor(advisor.id).filter((c) => !c.deleted);
    expect((await desk.call('clients.page', { offset: 0, limit: 1 })).total).toBe(clients.length);
    const first = clients[0]!;
    expect((await desk.call('clients.get360', { id: first.id })).client.id).toBe(first.id);
    // The first sync stopped after its page rather than running to the end under the re-sync.
    expect(stopped.pulled).toBeLessThan(asked.pullTotal ?? 0);
  });

  it('is dropped, never a crash, when the RM signs out before it could begin; the book stays whole', async () => {
    const desk = harness.makeCore({ pageSize: 50, dataDir: path.join(harness.temp.dir, 'sign-out') });
    const { advisor } = await desk.call('session.login', DEMO);
    harness.proxy.setFault('/sync/changes', { kind: 'delay', ms: 30 });
    const pull = desk.call('sync.now');
    await until(async () => (await desk.call('sync.status')).pulled > 0, 30_000);
    await desk.call('sync.resync');
    // Signing out stops the pull under way after its write; the re-sync waiting for it does not begin.
    await desk.call('session.logout');
    await pull;
    harness.proxy.clearFaults();
    await desk.call('session.login', DEMO);
    const status = await desk.syncUntilSettled();
    expect(status).toMatchObject({ state: 'idle', lastError: null });
    const clients = harness.backend.store.listClientsOfAdvisor(advisor.id).filter((c) => !c.deleted);
    expect((await desk.call('clients.page', { offset: 0, limit: 1 })).total).toBe(clients.length);
  });
});

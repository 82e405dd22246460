import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { connectChatClient } from '../../../testing/chatClientPeer';
import { until } from '../../../testing/until';
import { ownedAlive } from '../lifecycle/disposables';

let harness: DeskHarness;
beforeAll(async () => {
  harness = await startDeskHarness({ clients: 4, prefix: 'lifecycle' });
});
afterAll(() => harness.close());

const demo = { username: 'demo', password: 'demo1234' };

describe('a session owns what it starts', () => {
  it('stops the idle check when the desk locks, starts it again on unlock, and leaves nothing behind at sign-out', async () => {
    const before = ownedAlive();
    const desk = harness.makeCore({ dataDir: harness.temp.file('desk') });
    await desk.call('session.login', demo);
    await desk.call('sync.now');
    await until(async () => (await desk.call('chat.status')).state === 'connected');
    // A client writes, so the chat's timers (catch-up, status) have run too.
    const advisorId = (await desk.call('session.current'))!.advisor.id;
    const client = harness.backend.store.listClientsOfAdvisor(advisorId)[0]!;
    const peer = await connectChatClient(harness.proxy.url, client.customerNo);
    await peer.send('您好');
    await until(async () => (await desk.call('chat.status')).unread === 1);
    const signedIn = ownedAlive();
    expect(signedIn.timers).toBeGreaterThan(before.timers);
    expect(signedIn.listeners).toBeGreaterThan(before.listeners);

    // dispatch runs the lock before its first await: nothing else runs in between.
    const beforeLock = ownedAlive();
    const locking = desk.core.dispatch('session.lock', {});
    expect(ownedAlive().timers).toBe(beforeLock.timers - 1);
    await locking;
    const unlocking = desk.core.dispatch('session.unlock', { password: demo.password });
    await unlocking;
    expect((await desk.call('session.current'))?.locked).toBe(false);

    await desk.call('session.logout');
    expect(ownedAlive()).toEqual(before);
    expect(await desk.attempt('chat.status')).toMatchObject({ ok: false, error: { reason: 'session.not_signed_in' } });
    peer.close();
    await desk.core.close();
  });

  it('leaves nothing behind when the core closes with a session open', async () => {
    const before = ownedAlive();
    const desk = harness.makeCore({ dataDir: harness.temp.file('desk-close') });
    await desk.call('session.login', demo);
    await desk.call('sync.now');
    expect(ownedAlive().timers).toBeGreaterThan(before.timers);
    await desk.core.close();
    expect(ownedAlive()).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatLine } from '../../../shared/api';
import type { ChatMessage } from '../../../shared/wire';
import type { ChatClientPeer } from '../../../testing/chatClientPeer';
import { connectChatClient } from '../../../testing/chatClientPeer';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { seededRandom } from '../../../testing/seededRandom';

const EACH_WAY = 1_000;

let harness: DeskHarness;
let desk: Desk;
let peer: ChatClientPeer;
let clientId: string;

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 3, prefix: 'chat-delivery' });
  desk = harness.makeCore();
  await desk.call('session.login', { username: 'demo', password: 'demo1234' });
  await desk.syncUntilSettled();
  const advisorId = (await desk.call('session.current'))!.advisor.id;
  const client = harness.backend.store.listClientsOfAdvisor(advisorId)[0]!;
  clientId = client.id;
  peer = await connectChatClient(harness.proxy.url, client.customerNo);
}, 60_000);
afterAll(async () => {
  peer.close();
  await harness.close();
});

/** The whole conversation as the relay stored it, read from its store as the advisor. */
function relayConversation(conversationId: string): ChatMessage[] {
  const advisorId = harness.backend.store.getClient(conversationId)!.advisorId;
  const messages: ChatMessage[] = [];
  for (let cursor = 0; ; ) {
    const page = harness.backend.store.chat.syncPage({ side: 'advisor', advisorId }, cursor, 1000);
    if (page === 'ahead') throw new Error('relay cursor ahead');
    messages.push(...page.messages.filter((m) => m.conversationId === conversationId));
    if (!page.hasMore) return messages.sort((a, b) => a.seq - b.seq);
    cursor = page.cursor;
  }
}

/** The whole conversation as the desk has it, oldest first, paging back through history. */
async function deskConversation(): Promise<ChatLine[]> {
  const lines: ChatLine[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await desk.call('chat.history', { clientId, limit: 500, ...(before ? { before } : {}) });
    lines.unshift(...page.lines);
    if (!page.hasMore || page.lines.length === 0) return lines;
    before = page.lines[0]!.id;
  }
}

describe('chat delivery across a lost network and two relay restarts', () => {
  it('stores 1,000 messages each way exactly once, in order, without gaps, at the relay and at the desk', async () => {
    const random = seededRandom(7);
    let stop = false;
    let drops = 0;
    // The network drops at random moments, every 100–400 ms, for both sides.
    const chaos = (async () => {
      while (!stop) {
        await new Promise((resolve) => setTimeout(resolve, 100 + random() * 300));
        drops += harness.proxy.dropTunnels();
      }
    })();

    const clientSends: Promise<unknown>[] = [];
    for (let i = 0; i < EACH_WAY; i++) {
      await desk.call('chat.sendText', { clientId, body: `desk ${i}` });
      clientSends.push(peer.send(`client ${i}`, `client-msg-${i}`));
      if (i === Math.floor(EACH_WAY / 3) || i === Math.floor((2 * EACH_WAY) / 3)) await harness.restartBackend();
    }
    await Promise.all(clientSends);
    const deadline = Date.now() + 120_000;
    while ((await desk.call('chat.status')).pending > 0) {
      if (Date.now() > deadline) throw new Error('desk messages still pending');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stop = true;
    await chaos;
    expect(drops).toBeGreaterThan(5);

    // The relay: 2,000 messages, seq 1…2,000, every id once, each side's in the order sent.
    const stored = relayConversation(clientId);
    expect(stored).toHaveLength(2 * EACH_WAY);
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 2 * EACH_WAY }, (_, i) => i + 1));
    expect(new Set(stored.map((m) => m.id)).size).toBe(2 * EACH_WAY);
    const order = (from: 'advisor' | 'client') => stored.filter((m) => m.from === from).map((m) => Number(m.body.split(' ')[1]));
    expect(order('advisor')).toEqual(Array.from({ length: EACH_WAY }, (_, i) => i));
    expect(order('client')).toEqual(Array.from({ length: EACH_WAY }, (_, i) => i));

    // The desk: the same 2,000, once each, in the relay's order (waiting for the last catch-up).
    const settleBy = Date.now() + 60_000;
    let lines = await deskConversation();
    while (lines.length < 2 * EACH_WAY || lines.some((l) => l.seq === null)) {
      if (Date.now() > settleBy) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
      lines = await deskConversation();
    }
    expect(lines.map((l) => l.seq)).toEqual(stored.map((m) => m.seq));
    expect(lines.map((l) => l.id)).toEqual(stored.map((m) => m.id));

    // The client: everything too.
    await peer.waitFor((messages) => messages.length === 2 * EACH_WAY, 60_000);
    expect(peer.messages().map((m) => m.id)).toEqual(stored.map((m) => m.id));
  }, 300_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatLine } from '../../../shared/api';
import type { ChatClientPeer } from '../../../testing/chatClientPeer';
import { connectChatClient } from '../../../testing/chatClientPeer';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { openBook } from '../db/open';
import { fileKeyProvider } from '../keys/fileKeyProvider';
import { bookFile } from '../session/bookFile';

let harness: DeskHarness;
let desk: Desk;
let peer: ChatClientPeer;
let clientId: string;

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const lineOf = async (id: string): Promise<ChatLine | undefined> => (await desk.call('chat.history', { clientId, limit: 500 })).lines.find((l) => l.id === id);

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 6, prefix: 'chat-api' });
  desk = harness.makeCore();
  await desk.call('session.login', { username: 'demo', password: 'demo1234' });
  await desk.syncUntilSettled();
  const advisorId = (await desk.call('session.current'))!.advisor.id;
  const client = harness.backend.store.listClientsOfAdvisor(advisorId)[0]!;
  clientId = client.id;
  peer = await connectChatClient(harness.proxy.url, client.customerNo);
  await until(() => desk.call('chat.status'), (s) => s.state === 'connected');
}, 60_000);
afterAll(async () => {
  peer.close();
  await harness.close();
});

describe('chat at the desk', () => {
  it('receives the client’s message with an unread count, and the read receipt reaches the client', async () => {
    const sent = await peer.send('您好，我的理财产品下周到期了，怎么办？');
    const conversations = await until(() => desk.call('chat.conversations'), (list) => list.some((c) => c.clientId === clientId && c.unread === 1));
    expect(conversations.find((c) => c.clientId === clientId)?.last).toMatchObject({ id: sent.id, direction: 'in', body: '您好，我的理财产品下周到期了，怎么办？' });
    expect(desk.events.some((e) => e.event === 'chat:message')).toBe(true);

    await desk.call('chat.markRead', { clientId });
    expect((await desk.call('chat.status')).unread).toBe(0);
    await until(async () => peer.receipts, (r) => r.some((x) => x.kind === 'read' && x.upToSeq === sent.seq && x.by === 'advisor'));
  });

  it('offers the template that answers that question first, filled in for this client', async () => {
    const [first] = await desk.call('chat.templates', { clientId });
    expect(first).toMatchObject({ id: 'product-maturity', suggested: true });
    const client = harness.backend.store.getClient(clientId)!;
    expect(first!.text).toContain(client.name.slice(0, 1));
    expect(first!.text).not.toContain('{{');
  });

  it('sends text that arrives once at the client and moves from sent to delivered to read', async () => {
    const line = await desk.call('chat.sendText', { clientId, body: '<b>您好</b>，我下午给您电话。' });
    expect(line.status).toBe('pending');
    await peer.waitFor((messages) => messages.some((m) => m.id === line.id));
    expect(peer.messages().filter((m) => m.id === line.id)).toHaveLength(1);
    expect(peer.messages().find((m) => m.id === line.id)).toMatchObject({ from: 'advisor', kind: 'text', body: '<b>您好</b>，我下午给您电话。' });
    const seq = peer.messages().find((m) => m.id === line.id)!.seq;
    await peer.socket.emitWithAck('receipt', { conversationId: clientId, kind: 'read', upToSeq: seq });
    await until(() => lineOf(line.id), (l) => l?.status === 'read');
  });

  it('shows the desk that the client is typing', async () => {
    expect(await peer.socket.timeout(5_000).emitWithAck('typing', { conversationId: clientId })).toEqual({ ok: true });
    await until(async () => desk.events, (events) => events.some((e) => e.event === 'chat:typing' && (e.payload as { clientId: string }).clientId === clientId));
  });

  it('stops text that promises returns or safety, says which rule fired, and keeps nothing of it', async () => {
    const before = (await desk.call('chat.history', { clientId, limit: 500 })).lines.length;
    const result = await desk.attempt('chat.sendText', { clientId, body: '这款产品保本保收益，稳赚不赔' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error).toMatchObject({ reason: 'chat.promise_found', params: { terms: ['保本', '保收益', '稳赚不赔'] } });
      expect(result.error.details?.map((d) => [d.reason, d.params.term, d.params.rule, d.params.category])).toEqual([
        ['promise', '保本', 'guarantee.principal', 'guarantee'],
        ['promise', '保收益', 'guarantee.principal', 'guarantee'],
        ['promise', '稳赚不赔', 'noRisk.no_loss', 'noRisk'],
      ]);
    }
    expect((await desk.call('chat.history', { clientId, limit: 500 })).lines).toHaveLength(before);
    // The attempt is audited (the count and the rules, never the text), though the message is not kept.
    const side = openBook({ file: bookFile(desk.dataDir, 'demo'), key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    const audits = side.db.prepare(`SELECT entity_id AS entityId, details FROM audit_log WHERE action = 'chat_compliance_blocked'`).all() as { entityId: string; details: string }[];
    side.db.close();
    expect(audits.map((a) => [a.entityId, JSON.parse(a.details)])).toEqual([[clientId, { terms: 3, rules: 'guarantee.principal,noRisk.no_loss' }]]);
    expect(JSON.stringify(audits)).not.toContain('保本');
  });

  it('refuses too long a text with LIMIT, and a renamed program as an image', async () => {
    expect(await desk.attempt('chat.sendText', { clientId, body: '字'.repeat(4001) })).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]).toString('base64');
    expect(await desk.attempt('chat.sendImage', { clientId, base64: exe })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await desk.attempt('chat.sendText', { clientId: 'someone-elses-client', body: '您好' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('sends an image and a report the client can fetch', async () => {
    const image = await desk.call('chat.sendImage', { clientId, base64: PNG.toString('base64'), caption: '持仓截图' });
    await peer.waitFor((messages) => messages.some((m) => m.id === image.id));
    const imageMessage = peer.messages().find((m) => m.id === image.id)!;
    expect(imageMessage).toMatchObject({ kind: 'image', body: '持仓截图' });
    const fetched = await fetch(`${harness.proxy.url}/chat/attachments/${imageMessage.attachmentId}`, { headers: { authorization: `Bearer ${peer.token}` } });
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PNG);

    const report = await desk.call('reports.generate', { clientId, kind: 'allocation' });
    const sent = await desk.call('chat.sendReport', { clientId, reportId: report.id });
    expect(sent).toMatchObject({ kind: 'report', body: report.title, attachmentId: report.id });
    await peer.waitFor((messages) => messages.some((m) => m.id === sent.id));
    const pdf = await fetch(`${harness.proxy.url}/chat/attachments/${peer.messages().find((m) => m.id === sent.id)!.attachmentId}`, {
      headers: { authorization: `Bearer ${peer.token}` },
    });
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps messages written while the bank is down as pending, and delivers them in order when it is back', async () => {
    harness.proxy.setFault('/', { kind: 'reset' });
    harness.proxy.dropTunnels();
    await until(() => desk.call('chat.status'), (s) => s.state !== 'connected');
    const lines: ChatLine[] = [];
    for (const body of ['第一条', '第二条', '第三条']) lines.push(await desk.call('chat.sendText', { clientId, body }));
    expect(await desk.call('chat.status')).toMatchObject({ pending: 3 });
    expect((await desk.call('chat.conversations')).find((c) => c.clientId === clientId)?.pending).toBe(3);

    harness.proxy.clearFaults();
    await until(() => desk.call('chat.status'), (s) => s.state === 'connected' && s.pending === 0, 30_000);
    await peer.waitFor((messages) => lines.every((l) => messages.some((m) => m.id === l.id)));
    const seqs = lines.map((l) => peer.messages().find((m) => m.id === l.id)!.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[2]! - seqs[0]!).toBe(2);
  });

  it('starts over from cursor 0 when the relay does not know its cursor (the relay was reset), missing nothing', async () => {
    await desk.call('session.logout');
    const side = openBook({ file: bookFile(desk.dataDir, 'demo'), key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    side.db.prepare(`INSERT OR REPLACE INTO sync_state (key, value) VALUES ('chat_cursor', '999999999')`).run();
    side.db.close();
    const whileAway = await peer.send('我不在时发的消息');
    await desk.call('session.login', { username: 'demo', password: 'demo1234' });
    await until(() => lineOf(whileAway.id), (line) => line !== undefined);
    expect((await desk.call('chat.history', { clientId, limit: 500 })).lines.filter((l) => l.id === whileAway.id)).toHaveLength(1);
  });
});

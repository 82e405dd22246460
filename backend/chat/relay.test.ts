import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, ChatReceiptEvent, ChatSyncPage } from '../../shared/wire/chat';
import { chatMessageSchema, chatSyncPageSchema } from '../../shared/wire/chat';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { ChatBank } from './testPeers';
import { ask, clientLogin, collect, connectPeer, eventually, nextEvent, send, startChatBank, textMessage } from './testPeers';

let tmp: TempDir;
let bank: ChatBank;
const sockets: Socket[] = [];

async function peer(side: 'advisor' | 'client', token: string): Promise<Socket> {
  const socket = await connectPeer(bank.url, side, token);
  sockets.push(socket);
  return socket;
}

async function sync(socket: Socket, cursor: number, limit?: number): Promise<ChatSyncPage> {
  return chatSyncPageSchema.parse(await ask(socket, 'sync', limit === undefined ? { cursor } : { cursor, limit }));
}

function stored(result: Awaited<ReturnType<typeof send>>): ChatMessage {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.reason}`);
  return result.message;
}

beforeEach(async () => {
  tmp = makeTempDir('chat');
  bank = await startChatBank(tmp.file('backend.sqlite'));
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await bank.backend.close();
  tmp.cleanup();
});

describe('chat relay: sending', () => {
  it('stores, acknowledges and delivers to the other side and to the sender’s other sockets', async () => {
    const client = bank.demoClients[0]!;
    const { token } = await clientLogin(bank.url, client.customerNo);
    const desk = await peer('advisor', bank.demoToken);
    const deskWindow2 = await peer('advisor', bank.demoToken);
    const app = await peer('client', token);
    const heardByDesk = collect(desk, 'message');

    const toApp = nextEvent(app, 'message');
    const toWindow2 = nextEvent(deskWindow2, 'message');
    const ack = await send(desk, textMessage(client.id, '您好，季度检视的材料已准备好。'));
    expect(ack).toMatchObject({ ok: true, duplicate: false, message: { seq: 1, from: 'advisor', kind: 'text', conversationId: client.id } });
    const message = stored(ack);
    expect(chatMessageSchema.parse(await toApp)).toEqual(message);
    expect(await toWindow2).toEqual(message);
    expect(message.serverAt).toMatch(/\+08:00$/);

    const reply = stored(await send(app, textMessage(client.id, '好的，谢谢！')));
    expect(reply).toMatchObject({ seq: 2, from: 'client' });
    await eventually(() => heardByDesk.length === 1, 'the reply at the desk');
    // The sending socket never hears its own message back: its ack is the answer.
    expect(heardByDesk).toEqual([reply]);
  });

  it('stores a resent id once and answers the stored message as a duplicate', async () => {
    const client = bank.demoClients[0]!;
    const desk = await peer('advisor', bank.demoToken);
    const { token } = await clientLogin(bank.url, client.customerNo);
    const app = await peer('client', token);
    const heard = collect(app, 'message');
    const message = textMessage(client.id, '同一条消息');
    const first = stored(await send(desk, message));
    const again = await send(desk, { ...message, body: '改过的正文', sentAt: '2025-06-15T09:05:00+08:00' });
    expect(again).toEqual({ ok: true, duplicate: true, message: first });
    const page = await sync(desk, 0);
    expect(page.messages).toEqual([first]);
    await eventually(() => heard.length >= 1, 'the first delivery');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toHaveLength(1);
  });

  it('numbers each conversation 1, 2, 3… without gaps when both sides send at once', async () => {
    const [a, b] = bank.demoClients;
    const desk = await peer('advisor', bank.demoToken);
    const appA = await peer('client', (await clientLogin(bank.url, a!.customerNo)).token);
    const heardByA = collect(appA, 'message');
    const sends = [];
    for (let i = 0; i < 40; i++) {
      sends.push(send(desk, textMessage(a!.id, `顾问 ${i}`)), send(appA, textMessage(a!.id, `客户 ${i}`)), send(desk, textMessage(b!.id, `B ${i}`)));
    }
    const acks = (await Promise.all(sends)).map(stored);
    const seqsOf = (conversationId: string) => acks.filter((m) => m.conversationId === conversationId).map((m) => m.seq).sort((x, y) => x - y);
    expect(seqsOf(a!.id)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(seqsOf(b!.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    // The desk's catch-up is in cursor order, which within a conversation is seq order.
    const page = await sync(desk, 0, 1000);
    expect(page.messages.map((m) => m.cursor)).toEqual([...page.messages.map((m) => m.cursor)].sort((x, y) => x - y));
    expect(page.messages.filter((m) => m.conversationId === a!.id).map((m) => m.seq)).toEqual(seqsOf(a!.id));
    // What the client heard live (the desk's messages) came in seq order too.
    await eventually(() => heardByA.length === 40, 'the desk’s 40 messages at the client');
    const liveSeqs = (heardByA as ChatMessage[]).map((m) => m.seq);
    expect(liveSeqs).toEqual([...liveSeqs].sort((x, y) => x - y));
  });
});

describe('chat relay: catching up', () => {
  it('replays what a peer missed while disconnected, in pages', async () => {
    const client = bank.demoClients[1]!;
    const app = await peer('client', (await clientLogin(bank.url, client.customerNo)).token);
    let desk = await peer('advisor', bank.demoToken);
    const before = stored(await send(desk, textMessage(client.id, '在吗？')));
    desk.close();

    const missed = [];
    for (const body of ['在的', '想了解一下', '到期的理财']) missed.push(stored(await send(app, textMessage(client.id, body))));
    desk = await peer('advisor', bank.demoToken);
    const first = await sync(desk, before.cursor, 2);
    expect(first).toMatchObject({ messages: missed.slice(0, 2), cursor: missed[1]!.cursor, hasMore: true });
    const second = await sync(desk, first.cursor, 2);
    expect(second).toMatchObject({ messages: missed.slice(2), cursor: missed[2]!.cursor, hasMore: false });
    // Nothing new: an empty page keeps the cursor.
    expect(await sync(desk, second.cursor)).toMatchObject({ messages: [], cursor: second.cursor, hasMore: false });
    // A client's sync covers its own conversation only, both directions.
    expect((await sync(app, 0)).messages.map((m) => m.body)).toEqual(['在吗？', '在的', '想了解一下', '到期的理财']);
  });

  it('loses nothing across a relay restart and keeps numbering; peers reconnect by themselves', async () => {
    const client = bank.demoClients[2]!;
    const { token } = await clientLogin(bank.url, client.customerNo);
    const desk = await peer('advisor', bank.demoToken);
    const app = await peer('client', token);
    const sent = [stored(await send(desk, textMessage(client.id, '重启前 1'))), stored(await send(app, textMessage(client.id, '重启前 2')))];

    const { port } = bank.backend;
    await bank.backend.close();
    bank = await startChatBank(tmp.file('backend.sqlite'), { port });
    await eventually(() => desk.connected && app.connected, 'both peers back', 10_000);

    const after = stored(await send(app, textMessage(client.id, '重启后')));
    expect(after.seq).toBe(3);
    expect(after.cursor).toBeGreaterThan(sent[1]!.cursor);
    expect((await sync(desk, 0)).messages).toEqual([...sent, after]);
    expect((await sync(desk, sent[0]!.cursor)).messages).toEqual([sent[1], after]);
  });

  it('refuses a cursor the relay never handed out (its database was reset)', async () => {
    const desk = await peer('advisor', bank.demoToken);
    expect(await ask(desk, 'sync', { cursor: 99 })).toEqual({ ok: false, code: 'VALIDATION', reason: 'cursor: ahead of the relay; sync again from cursor 0' });
  });
});

describe('chat relay: receipts and typing', () => {
  it('stores receipts as a high-water mark, forwards raises, and reports them in sync', async () => {
    const client = bank.demoClients[0]!;
    const desk = await peer('advisor', bank.demoToken);
    const app = await peer('client', (await clientLogin(bank.url, client.customerNo)).token);
    const receipts = collect(desk, 'receipt') as ChatReceiptEvent[];
    for (const body of ['一', '二', '三']) stored(await send(desk, textMessage(client.id, body)));

    expect(await ask(app, 'receipt', { conversationId: client.id, kind: 'delivered', upToSeq: 3 })).toEqual({ ok: true });
    expect(await ask(app, 'receipt', { conversationId: client.id, kind: 'read', upToSeq: 2 })).toEqual({ ok: true });
    // Lower than stored: kept as it was, and not forwarded.
    expect(await ask(app, 'receipt', { conversationId: client.id, kind: 'delivered', upToSeq: 1 })).toEqual({ ok: true });
    // Beyond the last message: capped at seq 3.
    expect(await ask(app, 'receipt', { conversationId: client.id, kind: 'read', upToSeq: 50 })).toEqual({ ok: true });
    await eventually(() => receipts.length === 3, 'three forwarded receipts');
    expect(receipts).toEqual([
      { conversationId: client.id, kind: 'delivered', upToSeq: 3, by: 'client' },
      { conversationId: client.id, kind: 'read', upToSeq: 2, by: 'client' },
      { conversationId: client.id, kind: 'read', upToSeq: 3, by: 'client' },
    ]);
    expect((await sync(desk, 0)).receipts).toEqual([{ conversationId: client.id, deliveredSeq: 3, readSeq: 3 }]);
    // The client's sync reports the advisor's receipts: none yet.
    expect((await sync(app, 0)).receipts).toEqual([]);
    await ask(desk, 'receipt', { conversationId: client.id, kind: 'read', upToSeq: 3 });
    // Reading implies receiving: deliveredSeq follows readSeq.
    expect((await sync(app, 0)).receipts).toEqual([{ conversationId: client.id, deliveredSeq: 3, readSeq: 3 }]);
  });

  it('forwards typing to the other side only, and stores nothing', async () => {
    const client = bank.demoClients[0]!;
    const desk = await peer('advisor', bank.demoToken);
    const app = await peer('client', (await clientLogin(bank.url, client.customerNo)).token);
    const heardByApp = collect(app, 'typing');
    const typing = nextEvent(desk, 'typing');
    expect(await ask(app, 'typing', { conversationId: client.id })).toEqual({ ok: true });
    expect(await typing).toEqual({ conversationId: client.id, by: 'client' });
    expect(await ask(desk, 'typing', { conversationId: client.id })).toEqual({ ok: true });
    await eventually(() => heardByApp.length === 1, 'typing at the client');
    expect(heardByApp).toEqual([{ conversationId: client.id, by: 'advisor' }]);
    expect((await sync(desk, 0)).messages).toEqual([]);
  });
});

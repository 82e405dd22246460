import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_TEXT_MAX } from '../../shared/wire/chat';
import { CHAT_EVENTS, SOCKET_IO_RESERVED_EVENTS } from '../../shared/wire/chatEvents';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { ChatBank } from './testPeers';
import { ask, clientLogin, connectPeer, eventually, send, startChatBank, textMessage, untyped } from './testPeers';

/** Whatever a peer sends, the relay answers (or ignores) it and keeps serving. */

const SECRET = '机密正文-不应出现在日志';
let tmp: TempDir;
let bank: ChatBank;
let desk: Socket;
let app: Socket;
let clientId: string;
const logged: string[] = [];

/**
 * Sends an event as a raw socket.io packet (`42/advisor,<ackId>["event",payload]`), for payloads
 * the client library cannot encode, and resolves with the relay's acknowledgement.
 */
let rawAckId = 10_000;
function rawAsk(socket: Socket, namespace: string, event: string, payloadJson: string): Promise<unknown> {
  const ackId = ++rawAckId;
  const prefix = `3${namespace},${ackId}[`;
  return new Promise((resolve) => {
    const onPacket = (data: unknown) => {
      if (typeof data !== 'string' || !data.startsWith(prefix)) return;
      socket.io.engine.off('message', onPacket);
      resolve((JSON.parse(data.slice(prefix.length - 1)) as unknown[])[0]);
    };
    socket.io.engine.on('message', onPacket);
    socket.io.engine.send(`2${namespace},${ackId}${JSON.stringify([event]).slice(0, -1)},${payloadJson}]`);
  });
}

function refusedAt(answer: unknown, code: string, path: string): void {
  expect(answer).toMatchObject({ ok: false, code });
  expect((answer as { reason: string }).reason).toMatch(new RegExp(`^${path}: `));
}

beforeAll(async () => {
  tmp = makeTempDir('chat-input');
  bank = await startChatBank(tmp.file('backend.sqlite'), { chatLog: (event, fields) => logged.push(JSON.stringify({ event, ...fields })) });
  const client = bank.demoClients[0]!;
  clientId = client.id;
  desk = await connectPeer(bank.url, 'advisor', bank.demoToken);
  app = await connectPeer(bank.url, 'client', (await clientLogin(bank.url, client.customerNo)).token);
});
afterAll(async () => {
  desk.close();
  app.close();
  await bank.backend.close();
  tmp.cleanup();
});

describe('chat input', () => {
  it('refuses a text over CHAT_TEXT_MAX with LIMIT, and accepts one at the limit', async () => {
    refusedAt(await send(desk, textMessage(clientId, SECRET + 'x'.repeat(CHAT_TEXT_MAX))), 'LIMIT', 'body');
    expect((await send(desk, textMessage(clientId, '字'.repeat(CHAT_TEXT_MAX)))).ok).toBe(true);
  });

  it('refuses unknown kinds, system messages, reports from clients and broken shapes with VALIDATION', async () => {
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), kind: 'video' }), 'VALIDATION', 'kind');
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), kind: 'system' }), 'VALIDATION', 'kind');
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), extra: 1 }), 'VALIDATION', 'payload');
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), id: 'bad id!' }), 'VALIDATION', 'id');
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), sentAt: 'yesterday' }), 'VALIDATION', 'sentAt');
    refusedAt(await send(desk, textMessage(clientId, '   ')), 'VALIDATION', 'payload');
    refusedAt(await send(desk, { ...textMessage(clientId, SECRET), attachmentId: 'x1' }), 'VALIDATION', 'payload');
    expect(await send(app, { ...textMessage(clientId, '报告'), kind: 'report', attachmentId: 'x1' })).toEqual({
      ok: false,
      code: 'VALIDATION',
      reason: 'kind: only the advisor sends reports',
    });
  });

  it('answers malformed payloads of every event with VALIDATION', async () => {
    for (const event of ['message:send', 'sync', 'receipt', 'typing']) {
      for (const payload of ['text', null, 42, [], [1, 2], { cursor: -1 }, { conversationId: { a: [[[1]]] } }]) {
        refusedAt(await ask(desk, event, payload), 'VALIDATION', '[a-zA-Z.]+');
      }
      // No payload, or two.
      refusedAt(await ask(desk, event), 'VALIDATION', 'payload');
      refusedAt(await ask(desk, event, {}, {}), 'VALIDATION', 'payload');
    }
    refusedAt(await ask(desk, 'sync', { cursor: 0, limit: 1001 }), 'VALIDATION', 'limit');
    refusedAt(await ask(desk, 'receipt', { conversationId: clientId, kind: 'seen', upToSeq: 1 }), 'VALIDATION', 'kind');
  });

  it('answers payloads nested 30,000 deep (too deep for socket.io-client to even encode)', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    for (const payload of [deep, `{"conversationId":{"a":${deep}}}`]) {
      for (const event of ['message:send', 'sync', 'receipt', 'typing']) {
        refusedAt(await rawAsk(desk, '/advisor', event, payload), 'VALIDATION', '[a-zA-Z.]+');
      }
    }
  });

  it('ignores events without an acknowledgement, and stores nothing for unknown events', async () => {
    const before = bank.backend.store.chat.syncPage({ side: 'advisor', advisorId: 'ADV0101023' }, 0, 1000);
    desk.emit('message:send', textMessage(clientId, '没有回执回调'));
    desk.emit('no-such-event', { a: 1 }, () => undefined);
    expect(await ask(desk, 'sync', { cursor: 0 })).toMatchObject({ messages: before === 'ahead' ? [] : before.messages });
    await eventually(() => logged.some((line) => line.includes('chat.event_without_ack')), 'the log line');
  });

  it('answers any other event name with NOT_FOUND, relay → peer names and prototype keys included', async () => {
    const names = ['no-such-event', 'Sync', 'message:sent', 'constructor', '__proto__', 'hasOwnProperty', 'error', ...Object.keys(CHAT_EVENTS.toPeer).filter((name) => !(name in CHAT_EVENTS.toRelay))];
    expect(names).toContain('message');
    for (const event of names) {
      expect(await ask(desk, event, { conversationId: clientId })).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'event: no such event' });
      // However many payloads, or none.
      expect(await ask(app, event)).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'event: no such event' });
    }
    // A numeric event name, which socket.io's protocol allows.
    expect(await rawAsk(desk, '/advisor', 7 as unknown as string, '{}')).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'event: no such event' });
    untyped(desk).emit('no-such-event', { a: 1 });
    await eventually(() => logged.some((line) => line.includes('"event":"chat.unknown_event"') && line.includes('"acknowledged":0')), 'the log line');
    // The peer's event name is not logged: it could be anything.
    expect(logged.join('\n')).not.toContain('no-such-event');
    expect((await send(desk, textMessage(clientId, '仍在服务'))).ok).toBe(true);
  });

  it('closes a connection whose packet names an event socket.io reserves; socket.io-client refuses to send one', async () => {
    for (const name of SOCKET_IO_RESERVED_EVENTS) {
      expect(() => untyped(desk).emit(name, { conversationId: clientId }, () => undefined)).toThrow(/reserved event name/);
      const other = await connectPeer(bank.url, 'advisor', bank.demoToken);
      const disconnected = new Promise<string>((resolve) => other.once('disconnect', resolve));
      other.io.engine.send(`42/advisor,${JSON.stringify([name, { conversationId: clientId }])}`);
      expect(await disconnected).toBe('transport close');
      other.close();
    }
    expect(desk.connected).toBe(true);
    expect((await send(desk, textMessage(clientId, '仍在服务'))).ok).toBe(true);
  });

  it('drops a connection that sends an oversized packet, and keeps serving it and the others', async () => {
    const disconnected = new Promise<string>((resolve) => app.once('disconnect', resolve));
    app.emit('message:send', textMessage(clientId, 'x'.repeat(100_000)), () => undefined);
    expect(await disconnected).toBe('transport close');
    expect((await send(desk, textMessage(clientId, '仍在服务'))).ok).toBe(true);
    // The client reconnects by itself.
    await eventually(() => app.connected, 'the client back');
    expect((await send(app, textMessage(clientId, '我回来了'))).ok).toBe(true);
  });

  it('logs refusals without message content', () => {
    expect(logged.some((line) => line.includes('"code":"LIMIT"'))).toBe(true);
    expect(logged.join('\n')).not.toContain(SECRET);
    expect(logged.join('\n')).not.toContain(bank.demoToken);
  });
});

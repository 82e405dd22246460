import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { RunningBackend } from '../start';
import { startBackend } from '../start';

/*
 * A chat client written from backend/README.md ("Chat relay") alone: socket.io-client, fetch, and
 * the event and field names that document gives. It deliberately imports nothing from shared/
 * (no schemas, no event table) and no test peers: if the README leaves out something a client
 * needs, this test fails where a bank's own client would. The relay is the real one, on 127.0.0.1.
 */

const WAIT_MS = 5_000;
const SENT_AT = '2025-06-15T09:00:00+08:00';

let tmp: TempDir;
let backend: RunningBackend;
let clientId: string;
let clientToken: string;
let advisorToken: string;
let desk: Socket;
let app: Socket;

async function post(path: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(`${backend.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

/** README, "Connecting": a namespace and `auth: { token }`; resolves once connected, rejects with the refusal. */
function connect(namespace: '/advisor' | '/client', token: string): Promise<Socket> {
  const socket = io(`${backend.url}${namespace}`, { auth: { token }, forceNew: true, transports: ['websocket'] });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** README: every peer → relay event asks for an acknowledgement. */
function ask(socket: Socket, event: string, payload: object): Promise<Record<string, unknown>> {
  return socket.timeout(WAIT_MS).emitWithAck(event, payload) as Promise<Record<string, unknown>>;
}

function next(socket: Socket, event: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${WAIT_MS} ms`)), WAIT_MS);
    socket.once(event, (payload: Record<string, unknown>) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

const textMessage = (body: string) => ({ id: randomUUID(), conversationId: clientId, kind: 'text', body, attachmentId: null, sentAt: SENT_AT });

beforeAll(async () => {
  tmp = makeTempDir('chat-readme');
  backend = await startBackend({ dbPath: tmp.file('backend.sqlite'), host: '127.0.0.1', port: 0, demo: { clients: 6, seed: 5, asOf: '2025-06-15' } });
  // README, "POST /auth/login", and "HTTP routes of the chat": the demo sign-ins.
  advisorToken = (await post('/auth/login', { username: 'demo', password: 'demo1234' })).accessToken as string;
  const picker = (await (await fetch(`${backend.url}/chat/demo-clients`)).json()) as { clients: { customerNo: string }[] };
  const login = await post('/chat/client-login', { customerNo: picker.clients[0]!.customerNo });
  clientId = login.clientId as string;
  clientToken = login.token as string;
  desk = await connect('/advisor', advisorToken);
  app = await connect('/client', clientToken);
});
afterAll(async () => {
  desk.close();
  app.close();
  await backend.close();
  tmp.cleanup();
});

describe('a client written from the README', () => {
  it('is refused with UNAUTHORIZED for a bad token, and in the default namespace', async () => {
    await expect(connect('/client', 'not-a-token-of-this-relay')).rejects.toMatchObject({ message: 'UNAUTHORIZED' });
    const root = io(backend.url, { auth: { token: clientToken }, forceNew: true, transports: ['websocket'] });
    await expect(next(root, 'connect_error')).resolves.toMatchObject({ message: 'UNAUTHORIZED' });
    root.close();
  });

  it('sends a message, which the other side gets live with every documented field', async () => {
    const message = textMessage('您好，季度检视的材料已准备好。');
    const heard = next(app, 'message');
    const ack = await ask(desk, 'message:send', message);
    expect(ack).toEqual({
      ok: true,
      duplicate: false,
      message: {
        id: message.id,
        conversationId: clientId,
        seq: 1,
        cursor: expect.any(Number),
        from: 'advisor',
        kind: 'text',
        body: message.body,
        attachmentId: null,
        sentAt: SENT_AT,
        serverAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$/),
      },
    });
    expect(await heard).toEqual(ack.message);
    // The same id again: the stored message, as a duplicate.
    expect(await ask(desk, 'message:send', { ...message, body: '改过的正文' })).toEqual({ ok: true, duplicate: true, message: ack.message });
  });

  it('syncs from cursor 0 in pages, and sends receipts the other side hears with `by`', async () => {
    const reply = await ask(app, 'message:send', { ...textMessage('好的，谢谢！'), sentAt: new Date().toISOString() });
    expect(reply).toMatchObject({ ok: true, duplicate: false, message: { seq: 2, from: 'client' } });

    const first = await ask(app, 'sync', { cursor: 0, limit: 1 });
    expect(first).toMatchObject({ hasMore: true, receipts: [] });
    expect(first).not.toHaveProperty('ok');
    expect((first.messages as { seq: number }[]).map((m) => m.seq)).toEqual([1]);
    const rest = await ask(app, 'sync', { cursor: first.cursor as number });
    expect(rest).toMatchObject({ hasMore: false, messages: [{ seq: 2, from: 'client' }] });
    expect(await ask(app, 'sync', { cursor: rest.cursor as number })).toEqual({ messages: [], cursor: rest.cursor, hasMore: false, receipts: [] });

    const forwarded = next(desk, 'receipt');
    expect(await ask(app, 'receipt', { conversationId: clientId, kind: 'read', upToSeq: 1 })).toEqual({ ok: true });
    expect(await forwarded).toEqual({ conversationId: clientId, kind: 'read', upToSeq: 1, by: 'client' });
    const deskPage = await ask(desk, 'sync', { cursor: 0 });
    expect(deskPage.receipts).toEqual([{ conversationId: clientId, deliveredSeq: 1, readSeq: 1 }]);

    const typing = next(desk, 'typing');
    expect(await ask(app, 'typing', { conversationId: clientId })).toEqual({ ok: true });
    expect(await typing).toEqual({ conversationId: clientId, by: 'client' });
  });

  it('gets the documented refusals', async () => {
    const refused = (code: string, field: string) => ({ ok: false, code, reason: expect.stringMatching(new RegExp(`^${field}: `)) });
    const { attachmentId: _a, sentAt: _s, ...withoutRequired } = textMessage('缺字段');
    const noAttachmentId = { ...withoutRequired, sentAt: SENT_AT };
    const noSentAt = { ...withoutRequired, attachmentId: null };
    expect(await ask(desk, 'message:send', noAttachmentId)).toEqual(refused('VALIDATION', 'attachmentId'));
    expect(await ask(desk, 'message:send', noSentAt)).toEqual(refused('VALIDATION', 'sentAt'));
    expect(await ask(desk, 'message:send', { ...textMessage('短 id'), id: 'abc1234' })).toEqual(refused('VALIDATION', 'id'));
    expect(await ask(desk, 'message:send', { ...textMessage('x'), extra: true })).toEqual(refused('VALIDATION', 'payload'));
    expect(await ask(desk, 'message:send', textMessage('字'.repeat(4001)))).toEqual(refused('LIMIT', 'body'));
    expect(await ask(desk, 'message:send', { ...textMessage('别人的'), conversationId: 'no-such-client' })).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'conversationId: no such conversation' });
    expect(await ask(app, 'message:send', { ...textMessage('报告'), kind: 'report', attachmentId: 'x1' })).toEqual({ ok: false, code: 'VALIDATION', reason: 'kind: only the advisor sends reports' });

    // The sync cursor is a required number.
    expect(await ask(desk, 'sync', {})).toEqual(refused('VALIDATION', 'cursor'));
    expect(await ask(desk, 'sync', { cursor: '0' })).toEqual(refused('VALIDATION', 'cursor'));
    expect(await ask(desk, 'sync', { cursor: 0, limit: 1001 })).toEqual(refused('VALIDATION', 'limit'));
    expect(await ask(desk, 'sync', { cursor: 1_000_000 })).toEqual({ ok: false, code: 'VALIDATION', reason: 'cursor: ahead of the relay; sync again from cursor 0' });
    expect(await ask(app, 'receipt', { conversationId: clientId, kind: 'seen', upToSeq: 1 })).toEqual(refused('VALIDATION', 'kind'));
  });

  it('gets NOT_FOUND for an unknown event name, and cannot send a reserved one', async () => {
    for (const event of ['message', 'send', 'SYNC']) expect(await ask(app, event, { conversationId: clientId })).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'event: no such event' });
    expect(() => app.emit('disconnect', {})).toThrow('"disconnect" is a reserved event name');
    expect(app.connected).toBe(true);
  });
});

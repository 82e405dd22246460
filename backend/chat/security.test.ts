import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../shared/wire/chat';
import { chatAttachmentSchema, chatSyncPageSchema } from '../../shared/wire/chat';
import { fakeClock } from '../../testing/backendHttp';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { ChatBank } from './testPeers';
import { ask, clientLogin, collect, connectPeer, refusalOf, send, startChatBank, textMessage } from './testPeers';

/**
 * `demo2` (another advisor) and client B go after `demo`'s client A's conversation through every
 * event and route. They get NOT_FOUND (404) exactly as for an id that does not exist, and
 * nothing of A's conversation ever reaches them.
 */

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const NO_CONVERSATION = { ok: false, code: 'NOT_FOUND', reason: 'conversationId: no such conversation' };
const clock = fakeClock('2025-06-15T09:00:00+08:00');
let tmp: TempDir;
let bank: ChatBank;
let demo: Socket;
let demo2: Socket;
let clientB: Socket;
let clientBToken: string;
let aId: string;
let messageOfA: ChatMessage;
let attachmentOfA: string;
const heardByStrangers: unknown[] = [];

async function upload(token: string, conversationId: string, bytes: Buffer): Promise<Response> {
  return fetch(`${bank.url}/chat/attachments?conversationId=${conversationId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
    body: new Uint8Array(bytes),
  });
}

beforeAll(async () => {
  tmp = makeTempDir('chat-security');
  bank = await startChatBank(tmp.file('backend.sqlite'), { now: clock.now });
  const [a, b] = bank.demoClients;
  aId = a!.id;
  demo = await connectPeer(bank.url, 'advisor', bank.demoToken);
  demo2 = await connectPeer(bank.url, 'advisor', bank.demo2Token);
  clientBToken = (await clientLogin(bank.url, b!.customerNo)).token;
  clientB = await connectPeer(bank.url, 'client', clientBToken);
  for (const stranger of [demo2, clientB]) {
    for (const event of ['message', 'receipt', 'typing'] as const) heardByStrangers.push(collect(stranger, event));
  }
  const res = await upload(bank.demoToken, aId, PNG);
  attachmentOfA = chatAttachmentSchema.parse(await res.json()).id;
  const ack = await send(demo, { ...textMessage(aId, 'A 的秘密'), kind: 'image', attachmentId: attachmentOfA });
  if (!ack.ok) throw new Error(ack.reason);
  messageOfA = ack.message;
});
afterAll(async () => {
  for (const socket of [demo, demo2, clientB]) socket.close();
  await bank.backend.close();
  tmp.cleanup();
});

describe('chat ownership', () => {
  it('another advisor cannot send into, type into or mark a client of demo’s', async () => {
    expect(await send(demo2, textMessage(aId, '越权'))).toEqual(NO_CONVERSATION);
    expect(await send(demo2, textMessage('no-such-client', '越权'))).toEqual(NO_CONVERSATION);
    expect(await ask(demo2, 'typing', { conversationId: aId })).toEqual(NO_CONVERSATION);
    expect(await ask(demo2, 'receipt', { conversationId: aId, kind: 'read', upToSeq: 1 })).toEqual(NO_CONVERSATION);
  });

  it('a client cannot send into, type into or mark another client’s conversation', async () => {
    expect(await send(clientB, textMessage(aId, '越权'))).toEqual(NO_CONVERSATION);
    expect(await ask(clientB, 'typing', { conversationId: aId })).toEqual(NO_CONVERSATION);
    expect(await ask(clientB, 'receipt', { conversationId: aId, kind: 'read', upToSeq: 1 })).toEqual(NO_CONVERSATION);
  });

  it('nobody else syncs A’s messages or receipts', async () => {
    await ask(demo, 'receipt', { conversationId: aId, kind: 'read', upToSeq: 1 });
    for (const stranger of [demo2, clientB]) {
      const page = chatSyncPageSchema.parse(await ask(stranger, 'sync', { cursor: 0 }));
      expect(page.messages.filter((m) => m.conversationId === aId)).toEqual([]);
      expect(page.receipts.filter((r) => r.conversationId === aId)).toEqual([]);
    }
  });

  it('reusing A’s message id elsewhere is NOT_FOUND and tells nothing', async () => {
    const reuse = textMessage(bank.demo2Clients[0]!.id, '我的', messageOfA.id);
    expect(await send(demo2, reuse)).toEqual({ ok: false, code: 'NOT_FOUND', reason: 'id: already used; send the message with a new id' });
    // Even the same advisor, in another conversation.
    expect((await send(demo, { ...reuse, conversationId: bank.demoClients[3]!.id })).ok).toBe(false);
  });

  it('A’s attachments are 404 to strangers, for download, upload and reference alike', async () => {
    for (const token of [bank.demo2Token, clientBToken]) {
      expect((await fetch(`${bank.url}/chat/attachments/${attachmentOfA}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
      expect((await upload(token, aId, PNG)).status).toBe(404);
    }
    expect((await fetch(`${bank.url}/chat/attachments/${attachmentOfA}`)).status).toBe(401);
    // Naming A's attachment in one's own conversation.
    const own = bank.demo2Clients[0]!.id;
    expect(await send(demo2, { ...textMessage(own, ''), kind: 'image', attachmentId: attachmentOfA })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      reason: 'attachmentId: no such attachment in this conversation',
    });
  });

  it('never delivered anything of A’s to the strangers', () => {
    const all = JSON.stringify(heardByStrangers);
    expect(all).not.toContain(aId);
    expect(all).not.toContain('A 的秘密');
  });
});

describe('chat authentication', () => {
  it('refuses missing, malformed, unknown and wrong-kind tokens with UNAUTHORIZED', async () => {
    for (const auth of [{}, { token: 42 }, { token: 'short' }, { token: 'at_unknown-token-of-sufficient-length' }]) {
      expect(await refusalOf(bank.url, '/advisor', auth)).toBe('UNAUTHORIZED');
      expect(await refusalOf(bank.url, '/client', auth)).toBe('UNAUTHORIZED');
    }
    // A client token is not an advisor token, nor the reverse.
    expect(await refusalOf(bank.url, '/advisor', { token: clientBToken })).toBe('UNAUTHORIZED');
    expect(await refusalOf(bank.url, '/client', { token: bank.demoToken })).toBe('UNAUTHORIZED');
    expect(await refusalOf(bank.url, '/', { token: bank.demoToken })).toBe('UNAUTHORIZED');
  });

  it('refuses an unknown customer number at the demo sign-in', async () => {
    const res = await fetch(`${bank.url}/chat/client-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"customerNo":"PB0000000000"}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'customerNo: no such client' } });
  });

  it('refuses expired tokens at the next connection (last, as it moves the clock)', async () => {
    clock.advance(16 * 60);
    expect(await refusalOf(bank.url, '/advisor', { token: bank.demoToken })).toBe('UNAUTHORIZED');
    // A client token lasts 12 hours.
    (await connectPeer(bank.url, 'client', clientBToken)).close();
    clock.advance(12 * 60 * 60);
    expect(await refusalOf(bank.url, '/client', { token: clientBToken })).toBe('UNAUTHORIZED');
  });
});

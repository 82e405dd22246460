import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_ATTACHMENT_MAX_BYTES, chatAttachmentSchema } from '../../shared/wire/chat';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { ChatBank } from './testPeers';
import { clientLogin, connectPeer, send, startChatBank, textMessage } from './testPeers';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(40, 7)]);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(40, 1)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([40, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(32, 2)]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let tmp: TempDir;
let bank: ChatBank;
let clientToken: string;
let conversationId: string;
let desk: Socket;

function upload(token: string, bytes: Buffer, contentType: string | null = 'application/octet-stream') {
  return fetch(`${bank.url}/chat/attachments?conversationId=${conversationId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(contentType === null ? {} : { 'content-type': contentType }) },
    body: new Uint8Array(bytes),
  });
}

beforeAll(async () => {
  tmp = makeTempDir('chat-files');
  bank = await startChatBank(tmp.file('backend.sqlite'));
  const client = bank.demoClients[0]!;
  conversationId = client.id;
  clientToken = (await clientLogin(bank.url, client.customerNo)).token;
  desk = await connectPeer(bank.url, 'advisor', bank.demoToken);
});
afterAll(async () => {
  desk.close();
  await bank.backend.close();
  tmp.cleanup();
});

describe('chat attachments', () => {
  it('types uploads by their bytes, whatever the Content-Type says, and hands them to both sides', async () => {
    for (const [bytes, type, claimed] of [
      [PNG, 'image/png', 'image/jpeg'],
      [JPEG, 'image/jpeg', 'application/octet-stream'],
      [WEBP, 'image/webp', 'image/webp'],
      [PNG, 'image/png', null],
    ] as const) {
      const res = await upload(clientToken, bytes, claimed);
      expect(res.status).toBe(200);
      const attachment = chatAttachmentSchema.parse(await res.json());
      expect(attachment).toMatchObject({ type, bytes: bytes.length });
      for (const token of [clientToken, bank.demoToken]) {
        const got = await fetch(`${bank.url}/chat/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${token}` } });
        expect(got.headers.get('content-type')).toBe(type);
        expect(got.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
      }
    }
  });

  it('takes PDFs from advisors only, and sends them as reports', async () => {
    expect((await upload(clientToken, PDF, 'application/pdf')).status).toBe(415);
    const res = await upload(bank.demoToken, PDF, 'application/pdf');
    const pdf = chatAttachmentSchema.parse(await res.json());
    expect(pdf.type).toBe('application/pdf');
    const report = { ...textMessage(conversationId, '2025年二季度资产配置报告'), kind: 'report', attachmentId: pdf.id };
    expect(await send(desk, report)).toMatchObject({ ok: true, message: { kind: 'report', attachmentId: pdf.id } });
    // An image message must name an image, not the PDF.
    expect(await send(desk, { ...textMessage(conversationId, ''), kind: 'image', attachmentId: pdf.id })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('refuses a renamed .exe with 415, an empty body with 400, and more than 10 MB with 413', async () => {
    const exe = await upload(clientToken, EXE, 'image/png');
    expect(exe.status).toBe(415);
    expect(await exe.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'body: not a PNG, JPEG or WebP image' } });
    expect((await upload(clientToken, Buffer.alloc(0))).status).toBe(400);
    const big = await upload(clientToken, Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024 - PNG.length)]), 'image/png');
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: 'LIMIT', message: 'body: larger than the 10 MB limit' } });
    // Exactly at the limit is fine.
    const max = await upload(clientToken, Buffer.concat([PNG, Buffer.alloc(CHAT_ATTACHMENT_MAX_BYTES - PNG.length)]));
    expect(max.status).toBe(200);
  });

  it('asks for a token and a conversation before reading the body', async () => {
    const anonymous = await fetch(`${bank.url}/chat/attachments?conversationId=${conversationId}`, { method: 'POST', body: new Uint8Array(PNG) });
    expect(anonymous.status).toBe(401);
    const noConversation = await fetch(`${bank.url}/chat/attachments`, { method: 'POST', headers: { authorization: `Bearer ${clientToken}` }, body: new Uint8Array(PNG) });
    expect(noConversation.status).toBe(400);
    expect((await fetch(`${bank.url}/chat/attachments/not-there`, { headers: { authorization: `Bearer ${clientToken}` } })).status).toBe(404);
  });

  it('leaves the JSON routes as they were: an octet-stream login is still a 415', async () => {
    const res = await fetch(`${bank.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'x' });
    expect(res.status).toBe(415);
  });
});

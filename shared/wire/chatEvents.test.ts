import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChatSyncPage } from './chat';
import type { ChatClientToServerEvents, ChatPeerPayload, ChatServerToClientEvents } from './chatEvents';
import { CHAT_EVENTS, SOCKET_IO_RESERVED_EVENTS, chatPeerEvent, isChatPeerEvent } from './chatEvents';

const REFUSAL = { ok: false, code: 'VALIDATION', reason: 'kind: Invalid option' };

describe('the chat event table', () => {
  it('names no event socket.io reserves', () => {
    const names = [...Object.keys(CHAT_EVENTS.toRelay), ...Object.keys(CHAT_EVENTS.toPeer)];
    for (const reserved of SOCKET_IO_RESERVED_EVENTS) expect(names).not.toContain(reserved);
  });

  it('answers every peer → relay event with an acknowledgement that may be a refusal', () => {
    for (const name of Object.keys(CHAT_EVENTS.toRelay)) {
      if (!isChatPeerEvent(name)) throw new Error(name);
      expect(chatPeerEvent(name).ack.safeParse(REFUSAL).success).toBe(true);
      expect(chatPeerEvent(name).ack.safeParse({ ok: false, code: 'TEAPOT', reason: 'x' }).success).toBe(false);
    }
    expect(chatPeerEvent('sync').ack.parse({ messages: [], cursor: 0, hasMore: false, receipts: [] })).toEqual({ messages: [], cursor: 0, hasMore: false, receipts: [] });
    expect(chatPeerEvent('receipt').ack.safeParse({ ok: true }).success).toBe(true);
  });

  it('knows its own peer events only, not prototype keys or relay → peer names', () => {
    expect(['message:send', 'sync', 'receipt', 'typing'].every(isChatPeerEvent)).toBe(true);
    for (const name of ['message', 'constructor', '__proto__', 'toString', 7, null]) expect(isChatPeerEvent(name)).toBe(false);
  });

  it('adds who sent it to what the relay forwards', () => {
    const typing = { conversationId: 'client-1' };
    expect(CHAT_EVENTS.toRelay.typing.payload.safeParse(typing).success).toBe(true);
    expect(CHAT_EVENTS.toPeer.typing.payload.safeParse(typing).success).toBe(false);
    expect(CHAT_EVENTS.toPeer.typing.payload.parse({ ...typing, by: 'client' })).toEqual({ ...typing, by: 'client' });
  });

  it('gives socket.io’s typed-event maps', () => {
    expectTypeOf<Parameters<ChatClientToServerEvents['sync']>[0]>().toEqualTypeOf<ChatPeerPayload<'sync'>>();
    expectTypeOf<ChatPeerPayload<'sync'>>().toEqualTypeOf<{ cursor: number; limit?: number | undefined }>();
    expectTypeOf<Parameters<Parameters<ChatClientToServerEvents['sync']>[1]>[0]>().extract<ChatSyncPage>().toEqualTypeOf<ChatSyncPage>();
    expectTypeOf<keyof ChatServerToClientEvents>().toEqualTypeOf<'message' | 'receipt' | 'typing'>();
  });
});

import type { io as socketIo } from 'socket.io-client';
import type { ChatPeerAnswer, ChatPeerEventName, ChatPeerPayload } from '../../shared/wire/chatEvents';
import type { ChatRefusal } from '../../shared/wire/chat';
import { isCursorAheadRefusal } from '../../shared/wire/chat';
import { CHAT_EVENTS, chatPeerEvent } from '../../shared/wire/chatEvents';
import { setConnection, ui } from './dom';
import { addMessage, insertMessage, renderMessage, setStatus } from './messages';
import type { ChatState, OutboxEntry, PageSocket } from './state';
import { page } from './state';

/**
 * socket.io's browser client, a global from /socket.io/socket.io.js, which the relay itself serves
 * (index.html loads it before this script): always the relay's own version, and not a second copy
 * in this bundle.
 */
declare const io: typeof socketIo;

const ACK_TIMEOUT_MS = 10_000;
const SYNC_PAGE = 500;
const TYPING_EVERY_MS = 2_000;
const TYPING_SHOWN_MS = 4_000;

/**
 * Sends a peer event and resolves with the relay's answer, checked with the event's schema. No
 * answer in time, or one that is not what the table says, rejects alike: either way nothing is
 * known about the outcome, and the callers treat it as a drop.
 */
async function ask<E extends ChatPeerEventName>(chat: ChatState, event: E, payload: ChatPeerPayload<E>): Promise<ChatPeerAnswer<E>> {
  if (!chat.socket) throw new Error('not connected');
  // socket.io's typed emit cannot tie a generic name to its payload; this function's signature checks the callers.
  const emitter = chat.socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(event: E, payload: ChatPeerPayload<E>): Promise<unknown> };
  const answer = chatPeerEvent(event).ack.safeParse(await emitter.emitWithAck(event, payload));
  if (!answer.success) throw new Error(`${event}: unexpected answer`);
  return answer.data;
}

/** Opens the chat's connection; `onRefused` when the relay refuses its token (expired, or the client is gone). */
export function connect(chat: ChatState, onRefused: () => void): void {
  setConnection('connecting');
  // auth as a function: every reconnection presents the token afresh.
  const socket: PageSocket = io('/client', { auth: (cb) => cb({ token: chat.session.token }) });
  chat.socket = socket;
  socket.on('connect', () => {
    setConnection('connected');
    void catchUp();
  });
  socket.on('disconnect', () => setConnection(socket.active ? 'connecting' : 'offline'));
  socket.on('connect_error', (error) => {
    if (error.message === 'UNAUTHORIZED') onRefused();
    else setConnection(navigator.onLine ? 'connecting' : 'offline');
  });
  socket.on('message', (payload: unknown) => {
    const parsed = CHAT_EVENTS.toPeer.message.payload.safeParse(payload);
    if (!parsed.success || parsed.data.conversationId !== chat.session.clientId) return;
    addMessage(chat, parsed.data);
    if (parsed.data.from === 'advisor') hideTyping();
    sendReceipts();
  });
  socket.on('receipt', (payload: unknown) => {
    const parsed = CHAT_EVENTS.toPeer.receipt.payload.safeParse(payload);
    if (parsed.success && parsed.data.by === 'advisor') noteAdvisorReceipt(chat, parsed.data.kind === 'read' ? parsed.data.upToSeq : 0, parsed.data.upToSeq);
  });
  socket.on('typing', (payload: unknown) => {
    const parsed = CHAT_EVENTS.toPeer.typing.payload.safeParse(payload);
    if (parsed.success && parsed.data.by === 'advisor') showTyping(chat);
  });
}

/** After every (re)connection: everything after the last cursor, then our unsent messages. */
async function catchUp(): Promise<void> {
  const current = page.chat;
  if (!current) return;
  try {
    for (;;) {
      const answer = await ask(current, 'sync', { cursor: current.cursor, limit: SYNC_PAGE });
      if (current !== page.chat) return;
      if ('ok' in answer) {
        // The relay's database was replaced: start over from the beginning.
        if (isCursorAheadRefusal(answer) && current.cursor > 0) {
          current.cursor = 0;
          current.messages.clear();
          ui.log.querySelectorAll('[data-seq]:not([data-seq=""])').forEach((el) => el.remove());
          continue;
        }
        return;
      }
      for (const message of answer.messages) addMessage(current, message);
      current.cursor = answer.cursor;
      for (const receipt of answer.receipts) noteAdvisorReceipt(current, receipt.readSeq, receipt.deliveredSeq);
      if (!answer.hasMore) break;
    }
    sendReceipts();
    await flushOutbox();
  } catch {
    // A timeout: the next connection catches up again.
  }
}

function lastSeq(chat: ChatState): number {
  let max = 0;
  for (const message of chat.messages.values()) max = Math.max(max, message.seq);
  return max;
}

/** Tells the RM how far we have received and, while the page is visible, read. */
export function sendReceipts(): void {
  const chat = page.chat;
  if (!chat?.socket?.connected) return;
  const upToSeq = lastSeq(chat);
  const kinds = document.visibilityState === 'visible' ? (['delivered', 'read'] as const) : (['delivered'] as const);
  for (const kind of kinds) {
    if (upToSeq > chat.receiptsSent[kind]) {
      chat.receiptsSent[kind] = upToSeq;
      void ask(chat, 'receipt', { conversationId: chat.session.clientId, kind, upToSeq }).catch(() => {
        if (page.chat) page.chat.receiptsSent[kind] = 0;
      });
    }
  }
}

function noteAdvisorReceipt(chat: ChatState, readSeq: number, deliveredSeq: number): void {
  const receipts = chat.advisorReceipts;
  receipts.read = Math.max(receipts.read, readSeq);
  receipts.delivered = Math.max(receipts.delivered, deliveredSeq, readSeq);
  for (const element of ui.log.querySelectorAll<HTMLElement>('[data-from="client"][data-seq]')) {
    const seq = Number(element.dataset.seq);
    if (seq > 0) setStatus(chat, element, seq <= receipts.read ? 'read' : seq <= receipts.delivered ? 'delivered' : 'sent');
  }
}

function newId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Pages served over plain http from another host have no randomUUID: a v4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Shows our message as pending and sends it when it can (now, or after the next connection's catch-up). */
export function queue(chat: ChatState, kind: 'text' | 'image', body: string, attachmentId: string | null): void {
  const payload: OutboxEntry['payload'] = { id: newId(), conversationId: chat.session.clientId, kind, body, attachmentId, sentAt: new Date().toISOString() };
  const element = renderMessage(chat, { ...payload, from: 'client', seq: null, serverAt: null });
  setStatus(chat, element, 'pending');
  insertMessage(element, null);
  chat.outbox.push({ payload, element });
  void flushOutbox();
}

/** Sends the outbox in order; a resend after a lost ack is stored once (the relay dedups by id). */
async function flushOutbox(): Promise<void> {
  const current = page.chat;
  if (!current || current.flushing || !current.socket?.connected) return;
  current.flushing = true;
  try {
    for (let entry = current.outbox[0]; entry !== undefined && current === page.chat; entry = current.outbox[0]) {
      const ack = await ask(current, 'message:send', entry.payload);
      current.outbox.shift();
      entry.element.remove();
      // Signed out while waiting: nothing more to show.
      if (current !== page.chat) return;
      if (ack.ok) addMessage(current, ack.message);
      else showFailed(current, entry, REFUSAL_TEXT[ack.code]);
    }
  } catch {
    // No ack in time: keep the entry; the next connection sends it again.
  } finally {
    current.flushing = false;
  }
}

/** Why the relay refused a message, in the client's words (its own reason is a developer's note in English). */
const REFUSAL_TEXT: Record<ChatRefusal['code'], string> = {
  VALIDATION: '消息内容不符合要求',
  NOT_FOUND: '会话不存在',
  LIMIT: '消息过长或附件过大',
  UNAUTHORIZED: '登录已过期，请重新登录',
};

function showFailed(chat: ChatState, entry: OutboxEntry, reason: string): void {
  setStatus(chat, entry.element, 'failed', reason);
  insertMessage(entry.element, null);
}

/** The composer changed: tell the RM, at most every TYPING_EVERY_MS. */
export function sendTyping(): void {
  const chat = page.chat;
  const now = Date.now();
  if (!chat?.socket?.connected || now - chat.lastTypingAt < TYPING_EVERY_MS) return;
  chat.lastTypingAt = now;
  // The relay ignores events without an acknowledgement, so typing carries one too.
  void ask(chat, 'typing', { conversationId: chat.session.clientId }).catch(() => undefined);
}

function showTyping(chat: ChatState): void {
  ui.typing.hidden = false;
  clearTimeout(chat.typingTimer);
  chat.typingTimer = setTimeout(hideTyping, TYPING_SHOWN_MS);
}

function hideTyping(): void {
  ui.typing.hidden = true;
}

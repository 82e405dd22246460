import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { ChatClientToServerEvents, ChatMessage, ChatReceiptEvent, ChatServerToClientEvents } from '../shared/wire';
import { CHAT_EVENTS, CHAT_NAMESPACES, chatClientTokenSchema, chatSendAckSchema, chatSyncPageSchema } from '../shared/wire';

/**
 * A client of the bank's app in a test: signs in to the chat relay as a demo client, sends with
 * its own ids (kept and resent after any drop until acknowledged, as the app would), and keeps
 * every message it got, once each, whether live or replayed after a reconnect.
 */
export interface ChatClientPeer {
  clientId: string;
  token: string;
  socket: Socket<ChatServerToClientEvents, ChatClientToServerEvents>;
  /** Every message of the conversation this peer has seen, by seq. */
  messages(): ChatMessage[];
  receipts: ChatReceiptEvent[];
  /** Queues a text and resolves once the relay stored it (however many reconnects that takes). */
  send(body: string, id?: string): Promise<ChatMessage>;
  /** Waits until `predicate` holds over the messages seen. */
  waitFor(predicate: (messages: ChatMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

export async function connectChatClient(baseUrl: string, customerNo: string): Promise<ChatClientPeer> {
  const response = await fetch(`${baseUrl}/chat/client-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerNo }) });
  if (!response.ok) throw new Error(`client login failed: HTTP ${response.status}`);
  const { token, clientId } = chatClientTokenSchema.parse(await response.json());
  const socket: ChatClientPeer['socket'] = io(`${baseUrl}${CHAT_NAMESPACES.client}`, { auth: { token }, transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 500 });
  const seen = new Map<number, ChatMessage>();
  const receipts: ChatReceiptEvent[] = [];
  const unsent: { id: string; body: string; sentAt: string; resolve: (m: ChatMessage) => void }[] = [];
  let cursor = 0;
  let sending = false;

  const keep = (message: ChatMessage) => {
    seen.set(message.seq, message);
  };
  const catchUp = async () => {
    for (;;) {
      const page = chatSyncPageSchema.parse(await socket.timeout(5_000).emitWithAck('sync', { cursor, limit: 500 }));
      page.messages.forEach(keep);
      cursor = Math.max(cursor, page.cursor);
      if (!page.hasMore) return;
    }
  };
  const flush = async () => {
    if (sending) return;
    sending = true;
    try {
      for (let next = unsent[0]; next !== undefined && socket.connected; next = unsent[0]) {
        const ack = chatSendAckSchema.parse(
          await socket.timeout(5_000).emitWithAck('message:send', { id: next.id, conversationId: clientId, kind: 'text', body: next.body, attachmentId: null, sentAt: next.sentAt }),
        );
        if (!ack.ok) throw new Error(`relay refused a client message: ${ack.code} ${ack.reason}`);
        keep(ack.message);
        unsent.shift();
        next.resolve(ack.message);
      }
    } catch {
      // A drop or a timeout: sent again with the same id, now if this connection still lasts, else on the next.
      if (socket.connected) setTimeout(() => void flush(), 50);
    } finally {
      sending = false;
    }
  };

  socket.on('message', (payload: unknown) => {
    const parsed = CHAT_EVENTS.toPeer.message.payload.safeParse(payload);
    if (parsed.success) keep(parsed.data);
  });
  socket.on('receipt', (payload: unknown) => {
    const parsed = CHAT_EVENTS.toPeer.receipt.payload.safeParse(payload);
    if (parsed.success) receipts.push(parsed.data);
  });
  socket.on('connect', () => {
    void catchUp()
      .catch(() => undefined)
      .then(flush);
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 50);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });

  let counter = 0;
  return {
    clientId,
    token,
    socket,
    receipts,
    messages: () => [...seen.values()].sort((a, b) => a.seq - b.seq),
    send(body, id = `client-${clientId}-${Date.now()}-${++counter}`) {
      return new Promise<ChatMessage>((resolve) => {
        unsent.push({ id, body, sentAt: new Date().toISOString(), resolve });
        void flush();
      });
    },
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate([...seen.values()].sort((a, b) => a.seq - b.seq))) {
        if (Date.now() > deadline) throw new Error('timed out waiting for chat messages');
        if (socket.connected) await catchUp().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => socket.close(),
  };
}

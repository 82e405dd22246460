import { CHAT_CURSOR_AHEAD_REASON } from '../../shared/wire/chat';
import type { ChatReceiptEvent } from '../../shared/wire/chat';
import type { BackendStore } from '../store';
import { answerUnknownEvents, onAckedEvent, refusal } from './ack';
import { peerOf } from './handshake';
import type { ChatLog } from './log';
import type { ChatRooms } from './rooms';
import type { ChatSocket } from './socketTypes';

export interface ChatEventContext {
  store: BackendStore;
  now: () => Date;
  log: ChatLog;
  rooms: ChatRooms;
}

const OK = { ok: true } as const;
const NO_CONVERSATION = 'conversationId: no such conversation';

/**
 * The four peer → relay events of one authenticated socket, and the answer to any other name
 * (backend/README.md, "Chat relay"; names and schemas from CHAT_EVENTS in shared/wire/chatEvents.ts).
 */
export function registerChatEvents(socket: ChatSocket, { store, now, log, rooms }: ChatEventContext): void {
  const peer = peerOf(socket);
  answerUnknownEvents(socket, log);

  onAckedEvent(socket, 'message:send', log, (input) => {
    const ack = store.chat.send(peer, input, now());
    // A duplicate was delivered when it was first stored (or will come by sync): not again.
    // The lookup cannot miss just after the store accepted the message (no client is deleted
    // in between on this one thread); were it to, the peers would still get it by sync.
    const conversation = ack.ok && !ack.duplicate ? store.chat.conversation(peer, input.conversationId) : undefined;
    if (ack.ok && conversation) {
      rooms.toOtherSide(peer.side, conversation, 'message', ack.message);
      rooms.toOwnOtherSockets(socket, peer.side, conversation, 'message', ack.message);
    }
    return ack;
  });

  onAckedEvent(socket, 'sync', log, ({ cursor, limit }) => {
    const page = store.chat.syncPage(peer, cursor, limit);
    // The peer's cursor came from another database (the demo relay was reset): it must start over.
    return page === 'ahead' ? refusal('VALIDATION', CHAT_CURSOR_AHEAD_REASON) : page;
  });

  onAckedEvent(socket, 'receipt', log, (receipt) => {
    const conversation = store.chat.conversation(peer, receipt.conversationId);
    if (!conversation) return refusal('NOT_FOUND', NO_CONVERSATION);
    const upToSeq = store.chat.putReceipt(peer.side, receipt);
    if (upToSeq !== undefined) {
      const forwarded: ChatReceiptEvent = { ...receipt, upToSeq, by: peer.side };
      rooms.toOtherSide(peer.side, conversation, 'receipt', forwarded);
    }
    return OK;
  });

  onAckedEvent(socket, 'typing', log, ({ conversationId }) => {
    const conversation = store.chat.conversation(peer, conversationId);
    if (!conversation) return refusal('NOT_FOUND', NO_CONVERSATION);
    rooms.toOtherSide(peer.side, conversation, 'typing', { conversationId, by: peer.side });
    return OK;
  });
}

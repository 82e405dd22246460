import type { ChatRelayEventName, ChatRelayPayload } from '../../shared/wire/chatEvents';
import type { ChatConversation, ChatPeer, ChatSide } from '../store';
import { otherSide } from '../store';
import type { ChatNamespace, ChatSocket } from './socketTypes';

/**
 * Where the relay delivers: every socket of an advisor is in `advisor:<advisorId>` (in
 * `/advisor`), every socket of a client in `client:<clientId>` (in `/client`), so several
 * windows or devices of one person all hear the news.
 */
function roomOf(side: ChatSide, conversation: ChatConversation): string {
  return side === 'advisor' ? `advisor:${conversation.advisorId}` : `client:${conversation.clientId}`;
}

export function ownRoom(peer: ChatPeer): string {
  return peer.side === 'advisor' ? `advisor:${peer.advisorId}` : `client:${peer.clientId}`;
}

export interface ChatRooms {
  /** To the other side of the conversation than `from`. */
  toOtherSide<E extends ChatRelayEventName>(from: ChatSide, conversation: ChatConversation, event: E, payload: ChatRelayPayload<E>): void;
  /** To the sender's own other sockets (their other windows), not the one it came from. */
  toOwnOtherSockets<E extends ChatRelayEventName>(socket: ChatSocket, from: ChatSide, conversation: ChatConversation, event: E, payload: ChatRelayPayload<E>): void;
}

/**
 * socket.io's typed `emit` cannot tie a generic event name to its payload; ChatRooms' signatures
 * check every caller against CHAT_EVENTS.toPeer, so the room is just something to emit to.
 */
type Emitter = { emit(event: ChatRelayEventName, payload: unknown): boolean };

export function chatRooms(namespaces: Record<ChatSide, ChatNamespace>): ChatRooms {
  return {
    toOtherSide: (from, conversation, event, payload) => {
      const to = otherSide(from);
      (namespaces[to].to(roomOf(to, conversation)) as Emitter).emit(event, payload);
    },
    toOwnOtherSockets: (socket, from, conversation, event, payload) => {
      (socket.to(roomOf(from, conversation)) as Emitter).emit(event, payload);
    },
  };
}

import type { Namespace, Socket } from 'socket.io';
import type { ChatConversation, ChatPeer, ChatSide } from '../store';
import { otherSide } from '../store';

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
  toOtherSide(from: ChatSide, conversation: ChatConversation, event: string, payload: object): void;
  /** To the sender's own other sockets (their other windows), not the one it came from. */
  toOwnOtherSockets(socket: Socket, from: ChatSide, conversation: ChatConversation, event: string, payload: object): void;
}

export function chatRooms(namespaces: Record<ChatSide, Namespace>): ChatRooms {
  return {
    toOtherSide: (from, conversation, event, payload) => {
      const to = otherSide(from);
      namespaces[to].to(roomOf(to, conversation)).emit(event, payload);
    },
    toOwnOtherSockets: (socket, from, conversation, event, payload) => {
      socket.to(roomOf(from, conversation)).emit(event, payload);
    },
  };
}

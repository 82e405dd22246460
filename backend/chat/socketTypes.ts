import type { DefaultEventsMap, Namespace, Server, Socket } from 'socket.io';
import type { ChatClientToServerEvents, ChatServerToClientEvents } from '../../shared/wire/chatEvents';
import type { ChatPeer } from '../store';

/** What the handshake leaves on a socket: the peer its token named (unset until then). */
export interface ChatSocketData {
  peer?: ChatPeer;
}

/** The relay's socket.io types, from the event table in shared/wire/chatEvents.ts. */
export type ChatServer = Server<ChatClientToServerEvents, ChatServerToClientEvents, DefaultEventsMap, ChatSocketData>;
export type ChatNamespace = Namespace<ChatClientToServerEvents, ChatServerToClientEvents, DefaultEventsMap, ChatSocketData>;
export type ChatSocket = Socket<ChatClientToServerEvents, ChatServerToClientEvents, DefaultEventsMap, ChatSocketData>;

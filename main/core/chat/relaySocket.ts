import type { Socket } from 'socket.io-client';
import type { ChatClientToServerEvents, ChatServerToClientEvents } from '../../../shared/wire';

/** The desk's socket to the chat relay, typed from the event table in shared/wire/chatEvents.ts (what arrives is still parsed). */
export type RelaySocket = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

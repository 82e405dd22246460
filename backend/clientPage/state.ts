import type { Socket } from 'socket.io-client';
import type { z } from 'zod';
import type { ChatMessage, chatClientTokenSchema } from '../../shared/wire/chat';
import type { ChatClientToServerEvents, ChatPeerPayload, ChatServerToClientEvents } from '../../shared/wire/chatEvents';

/** What `POST /chat/client-login` answered; kept in sessionStorage. */
export type Session = z.infer<typeof chatClientTokenSchema>;

/** The page's socket, typed from the event table (what arrives is still parsed with its schemas). */
export type PageSocket = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

/** One of our messages not yet acknowledged: what is sent (again, after a drop) and where it shows. */
export interface OutboxEntry {
  payload: ChatPeerPayload<'message:send'>;
  element: HTMLElement;
}

export interface ChatState {
  session: Session;
  socket: PageSocket | null;
  cursor: number;
  /** Stored messages by id. */
  messages: Map<string, ChatMessage>;
  /** Our messages not yet acknowledged, oldest first. */
  outbox: OutboxEntry[];
  flushing: boolean;
  receiptsSent: { delivered: number; read: number };
  advisorReceipts: { delivered: number; read: number };
  lastTypingAt: number;
  typingTimer: ReturnType<typeof setTimeout> | undefined;
  blobUrls: Map<string, string>;
}

/** Everything about the signed-in client (null while signed out); reset by signing out. */
export const page: { chat: ChatState | null } = { chat: null };

export function freshChat(session: Session): ChatState {
  return {
    session,
    socket: null,
    cursor: 0,
    messages: new Map(),
    outbox: [],
    flushing: false,
    receiptsSent: { delivered: 0, read: 0 },
    advisorReceipts: { delivered: 0, read: 0 },
    lastTypingAt: 0,
    typingTimer: undefined,
    blobUrls: new Map(),
  };
}

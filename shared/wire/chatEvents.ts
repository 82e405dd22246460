import { z } from 'zod';
import {
  chatMessageSchema,
  chatOkAckSchema,
  chatReceiptEventSchema,
  chatReceiptSchema,
  chatSendAckSchema,
  chatSendSchema,
  chatSyncAckSchema,
  chatSyncSchema,
  chatTypingEventSchema,
  chatTypingSchema,
} from './chat';

/**
 * Every chat event, once (backend/README.md, "Chat relay"): the relay, the desk and the client
 * page all take event names, payloads and acknowledgements from here, so a wrong name or shape
 * is a compile error on either side, and each side validates what it receives with the same
 * schema. `receipt` and `typing` exist in both directions with different payloads (the relay
 * adds `by`), hence two sections rather than one list of names.
 */
export const CHAT_EVENTS = {
  /** Peer → relay. Each is answered through the socket.io acknowledgement, and only when it asks for one. */
  toRelay: {
    'message:send': { payload: chatSendSchema, ack: chatSendAckSchema },
    sync: { payload: chatSyncSchema, ack: chatSyncAckSchema },
    receipt: { payload: chatReceiptSchema, ack: chatOkAckSchema },
    typing: { payload: chatTypingSchema, ack: chatOkAckSchema },
  },
  /** Relay → peer. Never acknowledged: `sync` is the source of truth for anything missed. */
  toPeer: {
    message: { payload: chatMessageSchema },
    receipt: { payload: chatReceiptEventSchema },
    typing: { payload: chatTypingEventSchema },
  },
} as const;

/**
 * Names socket.io keeps for itself. socket.io-client throws when asked to emit one; a packet that
 * names one anyway cannot be parsed, and the relay closes that connection.
 */
export const SOCKET_IO_RESERVED_EVENTS = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'] as const;

/** What a peer puts in the handshake: `io(url + namespace, { auth: { token } })`. */
export const chatHandshakeAuthSchema = z.object({ token: z.string().min(16).max(512) });
export type ChatHandshakeAuth = z.infer<typeof chatHandshakeAuthSchema>;

type ToRelay = (typeof CHAT_EVENTS)['toRelay'];
type ToPeer = (typeof CHAT_EVENTS)['toPeer'];
export type ChatPeerEventName = keyof ToRelay;
export type ChatRelayEventName = keyof ToPeer;

/** What a peer writes (before defaults: `sync` may leave out `limit`). */
export type ChatPeerPayload<E extends ChatPeerEventName> = z.input<ToRelay[E]['payload']>;
/** What the relay's handler gets once the schema accepted it (defaults filled in). */
export type ChatPeerPayloadParsed<E extends ChatPeerEventName> = z.output<ToRelay[E]['payload']>;
/** The relay's acknowledgement of a peer event: its answer, or a refusal. */
export type ChatPeerAnswer<E extends ChatPeerEventName> = z.output<ToRelay[E]['ack']>;
export type ChatRelayPayload<E extends ChatRelayEventName> = z.output<ToPeer[E]['payload']>;

/**
 * socket.io 4's typed-event maps, derived from the table: the relay is a
 * `Server<ChatClientToServerEvents, ChatServerToClientEvents>`, a peer a socket.io-client
 * `Socket<ChatServerToClientEvents, ChatClientToServerEvents>`. They type what is written; what
 * arrives is still checked with the table's schemas, because the other end may be anything.
 */
export type ChatClientToServerEvents = {
  [E in ChatPeerEventName]: (payload: ChatPeerPayload<E>, ack: (answer: ChatPeerAnswer<E>) => void) => void;
};
export type ChatServerToClientEvents = {
  [E in ChatRelayEventName]: (payload: ChatRelayPayload<E>) => void;
};

/**
 * The schemas of one peer → relay event, typed for that event. (Reading CHAT_EVENTS.toRelay with a
 * generic name makes TypeScript widen the entry to all four events' schemas; this is the one place
 * that narrows it back, which the table's literal type makes safe.)
 */
export function chatPeerEvent<E extends ChatPeerEventName>(event: E): { payload: z.ZodType<ChatPeerPayloadParsed<E>>; ack: z.ZodType<ChatPeerAnswer<E>> } {
  return CHAT_EVENTS.toRelay[event] as unknown as { payload: z.ZodType<ChatPeerPayloadParsed<E>>; ack: z.ZodType<ChatPeerAnswer<E>> };
}

/** Whether `name` is a peer → relay event (own keys only: `constructor` or `__proto__` are not events). */
export function isChatPeerEvent(name: unknown): name is ChatPeerEventName {
  return typeof name === 'string' && Object.hasOwn(CHAT_EVENTS.toRelay, name);
}

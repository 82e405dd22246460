import type { z } from 'zod';
import type { ChatRefusal } from '../../shared/wire/chat';
import type { ChatPeerAnswer, ChatPeerEventName, ChatPeerPayloadParsed } from '../../shared/wire/chatEvents';
import { chatPeerEvent, isChatPeerEvent } from '../../shared/wire/chatEvents';
import { describeZodError } from '../zodError';
import type { ChatLog } from './log';
import type { ChatSocket } from './socketTypes';

export function refusal(code: ChatRefusal['code'], reason: string): ChatRefusal {
  return { ok: false, code, reason };
}

/** What an acknowledged event with a name the relay does not know gets (backend/README.md, "Unknown and reserved event names"). */
export const UNKNOWN_EVENT_REFUSAL: ChatRefusal = refusal('NOT_FOUND', 'event: no such event');

function isRefusal(answer: object): answer is ChatRefusal {
  return 'ok' in answer && answer.ok === false;
}

/**
 * A text over CHAT_TEXT_MAX is refused with LIMIT, not VALIDATION, as the contract says: the
 * sender can split it, whereas a VALIDATION failure means the message can never be sent.
 */
function isTooLongText(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'too_big' && issue.path.length === 1 && issue.path[0] === 'body';
}

/**
 * Registers a peer → relay event that is answered through the socket.io acknowledgement. The
 * payload is checked with the event's schema from CHAT_EVENTS first; a failure is answered
 * VALIDATION (or LIMIT) naming the zod path, whatever was sent (a string, null, an array, a deep
 * tree). An event without an acknowledgement callback is ignored: nobody would learn the outcome,
 * so a send could not be known to be stored. An unexpected failure (the disk) is logged and gets
 * no answer; the peer's acknowledgement timeout then makes it resend, which dedup makes safe.
 */
export function onAckedEvent<E extends ChatPeerEventName>(
  socket: ChatSocket,
  event: E,
  log: ChatLog,
  handle: (payload: ChatPeerPayloadParsed<E>) => ChatPeerAnswer<E>,
): void {
  const schema = chatPeerEvent(event).payload;
  // The payload is whatever the peer sent, not what the typed map says: hence unknown, then the schema.
  const listener = (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') {
      log('chat.event_without_ack', { chatEvent: event });
      return;
    }
    const answer = (value: object) => (ack as (value: object) => void)(value);
    if (args.length !== 2) {
      log('chat.refused', { chatEvent: event, code: 'VALIDATION', paths: 'arguments' });
      answer(refusal('VALIDATION', `payload: expected one payload and an acknowledgement, got ${args.length - 1} payloads`));
      return;
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      const code = parsed.error.issues.some(isTooLongText) ? 'LIMIT' : 'VALIDATION';
      log('chat.refused', { chatEvent: event, code, paths: parsed.error.issues.map((issue) => issue.path.join('.') || 'payload').join(',') });
      answer(refusal(code, describeZodError(parsed.error, 'payload')));
      return;
    }
    try {
      const result = handle(parsed.data);
      if (isRefusal(result)) log('chat.refused', { chatEvent: event, code: result.code, reason: result.reason });
      answer(result);
    } catch (error) {
      log('chat.failed', { chatEvent: event, error: error instanceof Error ? error.name : 'unknown' });
    }
  };
  // Widened to the union of names: socket.io's listener type for a generic name is left unresolved.
  socket.on(event as ChatPeerEventName, listener);
}

/**
 * Any other event name (a relay → peer one such as `message`, a typo, a number) is answered with
 * UNKNOWN_EVENT_REFUSAL when it asks for an answer, so a peer learns at once instead of waiting
 * for its timeout and resending for ever; without one it is dropped. Either way it is logged
 * without its name, which the peer chose and could be anything. (socket.io's reserved names never
 * get here: its parser refuses the packet and closes the connection.)
 */
export function answerUnknownEvents(socket: ChatSocket, log: ChatLog): void {
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (isChatPeerEvent(event)) return;
    const ack = args.at(-1);
    log('chat.unknown_event', { acknowledged: typeof ack === 'function' ? 1 : 0 });
    if (typeof ack === 'function') (ack as (value: object) => void)(UNKNOWN_EVENT_REFUSAL);
  });
}

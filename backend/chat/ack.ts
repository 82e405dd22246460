import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { ChatSendAck } from '../../shared/wire/chat';
import { describeZodError } from '../zodError';
import type { ChatLog } from './log';

/** Every refusal the relay acknowledges, whatever the event (the `ok: false` arm of chatSendAckSchema). */
export type ChatRefusal = Extract<ChatSendAck, { ok: false }>;

export function refusal(code: ChatRefusal['code'], reason: string): ChatRefusal {
  return { ok: false, code, reason };
}

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
 * payload is checked with `schema` first; a failure is answered VALIDATION (or LIMIT) naming the
 * zod path, whatever was sent (a string, null, an array, a deep tree). An event without an
 * acknowledgement callback is ignored: nobody would learn the outcome, so a send could not be
 * known to be stored. An unexpected failure (the disk) is logged and gets no answer; the peer's
 * acknowledgement timeout then makes it resend, which dedup makes safe.
 */
export function onAckedEvent<S extends z.ZodType>(
  socket: Socket,
  event: string,
  schema: S,
  log: ChatLog,
  handle: (payload: z.output<S>) => object,
): void {
  socket.on(event, (...args: unknown[]) => {
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
  });
}

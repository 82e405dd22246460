import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../domain/primitives';
import { apiErrorSchema } from './envelope';
import { CHAT_ATTACHMENT_TYPES, CHAT_TEXT_MAX, chatMessageKindSchema } from '../wire/chat';

/**
 * Where one of our messages is: written here and waiting for the connection (pending), stored by
 * the bank (sent), on the client's device (delivered), seen (read); refused for good (failed,
 * with the reason).
 */
export const CHAT_LINE_STATES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;

/** A message as the chat page shows it. */
export const chatLineSchema = z.object({
  id: z.string(),
  clientId: idSchema,
  direction: z.enum(['in', 'out']),
  kind: chatMessageKindSchema,
  /** Text, image caption, or the report's title. */
  body: z.string(),
  /** The image's id (fetch with chat.image) or the report's id. */
  attachmentId: z.string().nullable(),
  status: z.enum(CHAT_LINE_STATES),
  /** Why the bank refused it, for a failed message. */
  error: apiErrorSchema.nullable(),
  /** The conversation's sequence once the bank stored it; null while pending. */
  seq: z.number().int().positive().nullable(),
  createdAt: isoDateTimeSchema,
});
export type ChatLine = z.infer<typeof chatLineSchema>;

export const conversationSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  nameEn: z.string(),
  last: chatLineSchema.nullable(),
  unread: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** A page of history, newest last; `before` pages back from a message's position. */
export const chatHistoryInputSchema = z
  .object({ clientId: idSchema, before: z.string().max(64).optional(), limit: z.number().int().min(1).max(500).default(100) })
  .strict();
export const chatHistorySchema = z.object({ lines: z.array(chatLineSchema), hasMore: z.boolean() });

/**
 * Requests may carry more than CHAT_TEXT_MAX so the core answers too long a text with LIMIT and
 * the lengths; a text that fails the compliance check is refused with VALIDATION, one `details`
 * entry per term that fired (path `input.body`, message the term).
 */
export const chatSendTextInputSchema = z.object({ clientId: idSchema, body: z.string().min(1).max(CHAT_TEXT_MAX * 10) }).strict();
export const chatSendImageInputSchema = z
  .object({ clientId: idSchema, base64: z.string().min(1).max(Math.ceil((10 * 1024 * 1024 * 4) / 3) + 8), caption: z.string().max(200).default('') })
  .strict();
export const chatSendReportInputSchema = z.object({ clientId: idSchema, reportId: idSchema }).strict();

export const chatImageSchema = z.object({ type: z.enum(CHAT_ATTACHMENT_TYPES), base64: z.string() });

export const CHAT_CONNECTION_STATES = ['connected', 'connecting', 'offline'] as const;
export const chatStatusSchema = z.object({
  state: z.enum(CHAT_CONNECTION_STATES),
  /** Our messages not yet stored by the bank. */
  pending: z.number().int().nonnegative(),
  unread: z.number().int().nonnegative(),
  /** Why the connection is down: the relay refused the desk's token, or could not be reached. */
  lastError: z.enum(['unauthorized', 'unreachable']).nullable(),
});
export type ChatStatus = z.infer<typeof chatStatusSchema>;

/** An approved reply (工小智's role at the desk), with its fields filled for one client. */
export const chatTemplateSchema = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  /** The text with {{称呼}} and the like filled in from the client record. */
  text: z.string(),
  /** Matched the client's last message by keyword: offered first. */
  suggested: z.boolean(),
});
export type ChatTemplate = z.infer<typeof chatTemplateSchema>;
export const chatTemplatesInputSchema = z.object({ clientId: idSchema, query: z.string().max(100).default('') }).strict();

/** `chat:message`: a message arrived or one of ours moved on. */
export const chatMessageEventSchema = z.object({ clientId: idSchema, line: chatLineSchema });
export const chatTypingEventSchema = z.object({ clientId: idSchema });

import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../domain/primitives';

/**
 * The chat wire (ARCHITECTURE §5): socket.io between the bank's chat relay and its two kinds of
 * peer, the desk (namespace `/advisor`, an advisor's access token) and the client app (namespace
 * `/client`, a client token). A conversation is one client with their RM, named by the client's id.
 */
export const CHAT_NAMESPACES = { advisor: '/advisor', client: '/client' } as const;

export const CHAT_MESSAGE_KINDS = ['text', 'image', 'report', 'system'] as const;
export const chatMessageKindSchema = z.enum(CHAT_MESSAGE_KINDS);
export type ChatMessageKind = z.infer<typeof chatMessageKindSchema>;

/** Longest text of one message; longer ones are refused with LIMIT, never cut. */
export const CHAT_TEXT_MAX = 4000;
/** Largest attachment (an image, or a report's PDF), checked by the relay on upload. */
export const CHAT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const CHAT_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ChatImageType = (typeof CHAT_IMAGE_TYPES)[number];
/** What may be uploaded, judged by the bytes, never the name: images from anyone, PDFs (reports) from advisors only. */
export const CHAT_ATTACHMENT_TYPES = [...CHAT_IMAGE_TYPES, 'application/pdf'] as const;
export type ChatAttachmentType = (typeof CHAT_ATTACHMENT_TYPES)[number];

/** The sender's own id for a message (a UUID): the relay's dedup key, so a resend is stored once. */
export const chatMessageIdSchema = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);

/**
 * What a peer sends (`message:send`): the body is the text (kind text), the caption (image) or the
 * report's title (report); `attachmentId` names the uploaded attachment (the image, or the
 * report's PDF) of the same conversation.
 */
export const chatSendSchema = z
  .object({
    id: chatMessageIdSchema,
    conversationId: idSchema,
    kind: z.enum(['text', 'image', 'report']),
    body: z.string().max(CHAT_TEXT_MAX),
    attachmentId: idSchema.nullable(),
    sentAt: isoDateTimeSchema,
  })
  .strict()
  .refine((m) => (m.kind === 'text' ? m.attachmentId === null && m.body.trim().length > 0 : m.attachmentId !== null), {
    message: 'a text message has a body and no attachment; an image or report names its attachment',
  });
export type ChatSend = z.infer<typeof chatSendSchema>;

/**
 * A stored message as the relay hands it out. `seq` orders one conversation (1, 2, 3, … without
 * gaps); `cursor` orders everything the relay stored, so a peer that reconnects asks for all
 * after the last cursor it saw and gets every conversation's news at once, in order.
 */
export const chatMessageSchema = z.object({
  id: chatMessageIdSchema,
  conversationId: idSchema,
  seq: z.number().int().positive(),
  cursor: z.number().int().positive(),
  from: z.enum(['advisor', 'client']),
  kind: chatMessageKindSchema,
  body: z.string().max(CHAT_TEXT_MAX),
  attachmentId: idSchema.nullable(),
  sentAt: isoDateTimeSchema,
  serverAt: isoDateTimeSchema,
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/**
 * How the relay refuses any peer → relay event, in its acknowledgement. `reason` starts with the
 * input it concerns (`kind: …`, `cursor: …`, `event: …`). UNAUTHORIZED is in the contract for a
 * relay that revokes tokens mid-connection; the reference relay does not send it.
 */
export const CHAT_REFUSAL_CODES = ['VALIDATION', 'NOT_FOUND', 'LIMIT', 'UNAUTHORIZED'] as const;
export const chatRefusalSchema = z.object({ ok: z.literal(false), code: z.enum(CHAT_REFUSAL_CODES), reason: z.string() });
export type ChatRefusal = z.infer<typeof chatRefusalSchema>;

/** The relay's `sync` refusal of a cursor ahead of its own (it was reset): sync again from 0. */
export const CHAT_CURSOR_AHEAD_REASON = 'cursor: ahead of the relay; sync again from cursor 0';

/** Whether a refusal says the peer's cursor is unknown to the relay (reasons name their field first). */
export function isCursorAheadRefusal(refusal: ChatRefusal): boolean {
  return refusal.code === 'VALIDATION' && refusal.reason.startsWith('cursor:');
}

/** The relay's answer to `message:send` (the socket.io acknowledgement). */
export const chatSendAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: chatMessageSchema, duplicate: z.boolean() }),
  chatRefusalSchema,
]);
export type ChatSendAck = z.infer<typeof chatSendAckSchema>;

/** The relay's answer to `receipt` and `typing`: done, or a refusal. */
export const chatOkAckSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), chatRefusalSchema]);

/** `sync` (peer → relay, acknowledged with a page): everything after `cursor`, oldest first. */
export const chatSyncSchema = z.object({ cursor: z.number().int().nonnegative(), limit: z.number().int().min(1).max(1000).default(500) }).strict();
/** How far the other side of each of the peer's conversations has received and read (0: nothing yet). */
export const chatReceiptStateSchema = z.object({ conversationId: idSchema, deliveredSeq: z.number().int().nonnegative(), readSeq: z.number().int().nonnegative() });
export type ChatReceiptState = z.infer<typeof chatReceiptStateSchema>;
export const chatSyncPageSchema = z.object({
  messages: z.array(chatMessageSchema),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** With the first page (cursor 0 or any): the other side's receipts for every conversation that has them. */
  receipts: z.array(chatReceiptStateSchema),
});
export type ChatSyncPage = z.infer<typeof chatSyncPageSchema>;
/** The relay's answer to `sync`: a page (which has no `ok` field), or a refusal. */
export const chatSyncAckSchema = z.union([chatSyncPageSchema, chatRefusalSchema]);

/** `receipt` (peer → relay → the other side): the reader has received / read up to `seq` of a conversation. */
export const chatReceiptSchema = z
  .object({ conversationId: idSchema, kind: z.enum(['delivered', 'read']), upToSeq: z.number().int().positive() })
  .strict();
export type ChatReceipt = z.infer<typeof chatReceiptSchema>;
/** What the relay forwards: whose receipt it is. */
export const chatReceiptEventSchema = chatReceiptSchema.extend({ by: z.enum(['advisor', 'client']) });
export type ChatReceiptEvent = z.infer<typeof chatReceiptEventSchema>;

/** `typing` (peer → relay → the other side); not stored. */
export const chatTypingSchema = z.object({ conversationId: idSchema }).strict();
/** What the relay forwards: who is typing. */
export const chatTypingEventSchema = chatTypingSchema.extend({ by: z.enum(['advisor', 'client']) });
export type ChatTypingEvent = z.infer<typeof chatTypingEventSchema>;

/**
 * `POST /chat/attachments?conversationId=…` answers this: the bytes go raw in the body, their type
 * is read from the bytes. `GET /chat/attachments/:id` gives them back to the conversation's two sides.
 */
export const chatAttachmentSchema = z.object({ id: idSchema, type: z.enum(CHAT_ATTACHMENT_TYPES), bytes: z.number().int().positive() });

/** `POST /chat/client-login` (demo only): the client page signs in as a demo client by customer number. */
export const chatClientLoginSchema = z.object({ customerNo: z.string().min(1).max(32) }).strict();
export const chatClientTokenSchema = z.object({ token: z.string().min(16).max(512), clientId: idSchema, name: z.string(), advisorName: z.string() });
/** `GET /chat/demo-clients` (demo only): the client page's picker. */
export const chatDemoClientsSchema = z.object({ clients: z.array(z.object({ customerNo: z.string(), name: z.string() })) });

/**
 * An attachment's type from its first bytes (never its name or declared type): PNG, JPEG, WebP,
 * or PDF; null for anything else, such as a renamed program.
 */
export function sniffAttachmentType(bytes: Uint8Array): ChatAttachmentType | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  // RIFF, four bytes of size, WEBP
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}

import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import {
  chatHistoryInputSchema,
  chatHistorySchema,
  chatImageSchema,
  chatLineSchema,
  chatSendImageInputSchema,
  chatSendReportInputSchema,
  chatSendTextInputSchema,
  chatStatusSchema,
  chatTemplateSchema,
  chatTemplatesInputSchema,
  conversationSchema,
} from '../chat';
import { defineMethods } from './define';
import { noInput, nothing } from './noInput';

/** Live chat with clients. */
export const chatMethods = defineMethods({
  /** Conversations with unread counts and the last message, most recent first. */
  'chat.conversations': { input: noInput, output: z.array(conversationSchema) },
  'chat.history': { input: chatHistoryInputSchema, output: chatHistorySchema },
  /**
   * Stored at once and shown as pending; sent when connected. Text failing the compliance check is
   * refused with VALIDATION, one `details` entry per term that fired (path `input.body`).
   */
  'chat.sendText': { input: chatSendTextInputSchema, output: chatLineSchema, changes: ['chat_messages'] },
  'chat.sendImage': { input: chatSendImageInputSchema, output: chatLineSchema, changes: ['chat_messages'] },
  'chat.sendReport': { input: chatSendReportInputSchema, output: chatLineSchema, changes: ['chat_messages'] },
  /** The RM has read the conversation: its unread count goes and the client sees a read receipt. */
  'chat.markRead': { input: z.object({ clientId: idSchema }).strict(), output: nothing, changes: ['chat_messages'] },
  'chat.typing': { input: z.object({ clientId: idSchema }).strict(), output: nothing },
  'chat.image': { input: z.object({ id: idSchema }).strict(), output: chatImageSchema },
  'chat.templates': { input: chatTemplatesInputSchema, output: z.array(chatTemplateSchema) },
  'chat.status': { input: noInput, output: chatStatusSchema },
});

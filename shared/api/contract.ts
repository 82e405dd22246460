import { z } from 'zod';
import { loginRequestSchema, PASSWORD_MAX_LENGTH } from '../wire/auth';
import { idSchema } from '../domain/primitives';
import {
  appInfoSchema,
  clientDetailSchema,
  clientUpdateInputSchema,
  conflictItemSchema,
  conflictResolveInputSchema,
  interactionLogInputSchema,
  interactionRowSchema,
  interactionUpdateInputSchema,
  outboxItemSchema,
  sessionInfoSchema,
  syncStatusSchema,
} from './models';
import { client360Schema, revealInputSchema } from './client360';
import { bookCadenceSchema, cadenceScopeSchema, icsFileSchema, planInputSchema, worklistSchema, yearPlanSchema } from './cadence';
import { clientSearchInputSchema, rosterPageInputSchema, rosterPageSchema, searchHitSchema } from './roster';
import {
  batchInputSchema,
  batchStatusSchema,
  deliverInputSchema,
  needsSurveySchema,
  pdfFileSchema,
  reportActionInputSchema,
  reportLineSchema,
  reportRequestSchema,
} from './reports';
import {
  chatHistoryInputSchema,
  chatHistorySchema,
  chatImageSchema,
  chatLineSchema,
  chatMessageEventSchema,
  chatSendImageInputSchema,
  chatSendReportInputSchema,
  chatSendTextInputSchema,
  chatStatusSchema,
  chatTemplateSchema,
  chatTemplatesInputSchema,
  chatTypingEventSchema,
  conversationSchema,
} from './chat';

/** Methods that take nothing accept `{}` or no argument at all. */
const noInput = z.object({}).strict().optional();
const nothing = z.null();

/**
 * Every method the renderer may call, declared once. The handler table in main/core implements
 * exactly these keys; the IPC and web-host adapters and the renderer's client are built from it.
 */
export const methods = {
  'app.info': { input: noInput, output: appInfoSchema },
  'session.current': { input: noInput, output: sessionInfoSchema.nullable() },
  'session.login': { input: loginRequestSchema, output: sessionInfoSchema },
  'session.logout': { input: noInput, output: nothing },
  'session.unlock': { input: z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict(), output: sessionInfoSchema },
  'session.lock': { input: noInput, output: nothing },
  /** The RM is active (a key or the mouse): resets the idle timer of auto-lock. */
  'session.activity': { input: noInput, output: nothing },
  'sync.status': { input: noInput, output: syncStatusSchema },
  'sync.now': { input: noInput, output: syncStatusSchema },
  /** Rebuilds the cache from the bank, keeping unsent changes; progress arrives as sync:status. */
  'sync.resync': { input: noInput, output: syncStatusSchema },
  'sync.outbox': { input: noInput, output: z.array(outboxItemSchema) },
  'sync.retryParked': { input: z.object({ id: z.string().min(1).max(64) }).strict(), output: syncStatusSchema },
  'sync.discardParked': { input: z.object({ id: z.string().min(1).max(64) }).strict(), output: syncStatusSchema },
  'conflicts.list': { input: noInput, output: z.array(conflictItemSchema) },
  'conflicts.resolve': { input: conflictResolveInputSchema, output: syncStatusSchema },
  'clients.page': { input: rosterPageInputSchema, output: rosterPageSchema },
  'clients.search': { input: clientSearchInputSchema, output: z.array(searchHitSchema) },
  /** Every tag used in the book, for the roster's filter. */
  'clients.tags': { input: noInput, output: z.array(z.string()) },
  'clients.get': { input: z.object({ id: idSchema }).strict(), output: clientDetailSchema },
  'clients.get360': { input: z.object({ id: idSchema }).strict(), output: client360Schema },
  /** Shows one personal identifier in full; a deliberate act, written to the audit log. */
  'clients.reveal': { input: revealInputSchema, output: z.object({ value: z.string().nullable() }) },
  'clients.update': { input: clientUpdateInputSchema, output: clientDetailSchema },
  /** 12-4-2-1 across the book: the dashboard's figures. */
  'cadence.book': { input: cadenceScopeSchema, output: bookCadenceSchema },
  /** This month's work: who needs what, most urgent first. */
  'cadence.worklist': { input: cadenceScopeSchema.omit({ year: true }), output: worklistSchema },
  /** Proposed dates for what the year still needs, over working days with a daily cap. */
  'cadence.plan': { input: planInputSchema, output: yearPlanSchema },
  /** The same plan as an iCalendar file to import into a calendar. */
  'cadence.planIcs': { input: planInputSchema, output: icsFileSchema },
  'reports.list': { input: z.object({ clientId: idSchema }).strict(), output: z.array(reportLineSchema) },
  /** Builds the report's snapshot from the book, renders it, stores both; answers the stored report. */
  'reports.generate': { input: reportRequestSchema, output: reportLineSchema },
  /** The stored report's PDF, rendered again from its snapshot (the same bytes: the hash is checked). */
  'reports.pdf': { input: z.object({ id: idSchema }).strict(), output: pdfFileSchema },
  /** Prints through the host when it can (Electron: the system dialog); false: the renderer prints. */
  'reports.print': { input: z.object({ id: idSchema }).strict(), output: z.object({ printedByHost: z.boolean() }) },
  'reports.recordAction': { input: reportActionInputSchema, output: nothing },
  'reports.deliver': { input: deliverInputSchema, output: reportLineSchema },
  'reports.survey': { input: z.object({ clientId: idSchema }).strict(), output: needsSurveySchema.nullable() },
  'reports.saveSurvey': { input: z.object({ clientId: idSchema, survey: needsSurveySchema }).strict(), output: needsSurveySchema },
  'reports.batchStart': { input: batchInputSchema, output: batchStatusSchema },
  'reports.batchStatus': { input: z.object({ batchId: z.string().max(64) }).strict(), output: batchStatusSchema },
  'reports.batchCancel': { input: z.object({ batchId: z.string().max(64) }).strict(), output: batchStatusSchema },
  /** The batch's PDFs as one zip, for the web host's download. */
  'reports.batchZip': { input: z.object({ batchId: z.string().max(64) }).strict(), output: z.object({ filename: z.string(), base64: z.string() }) },
  /** Conversations with unread counts and the last message, most recent first. */
  'chat.conversations': { input: noInput, output: z.array(conversationSchema) },
  'chat.history': { input: chatHistoryInputSchema, output: chatHistorySchema },
  /**
   * Stored at once and shown as pending; sent when connected. Text failing the compliance check is
   * refused with VALIDATION, one `details` entry per term that fired (path `input.body`, message the term).
   */
  'chat.sendText': { input: chatSendTextInputSchema, output: chatLineSchema },
  'chat.sendImage': { input: chatSendImageInputSchema, output: chatLineSchema },
  'chat.sendReport': { input: chatSendReportInputSchema, output: chatLineSchema },
  /** The RM has read the conversation: its unread count goes and the client sees a read receipt. */
  'chat.markRead': { input: z.object({ clientId: idSchema }).strict(), output: nothing },
  'chat.typing': { input: z.object({ clientId: idSchema }).strict(), output: nothing },
  'chat.image': { input: z.object({ id: idSchema }).strict(), output: chatImageSchema },
  'chat.templates': { input: chatTemplatesInputSchema, output: z.array(chatTemplateSchema) },
  'chat.status': { input: noInput, output: chatStatusSchema },
  'interactions.list': { input: z.object({ clientId: idSchema }).strict(), output: z.array(interactionRowSchema) },
  'interactions.log': { input: interactionLogInputSchema, output: interactionRowSchema },
  'interactions.update': { input: interactionUpdateInputSchema, output: interactionRowSchema },
  'interactions.delete': { input: z.object({ id: idSchema }).strict(), output: interactionRowSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

/** Tables named in `data:changed`, so views refetch only what moved. */
export const DATA_TABLES = ['advisors', 'clients', 'products', 'holdings', 'interactions', 'reports', 'model_portfolios', 'nav_series', 'chat_messages', 'outbox', 'conflicts'] as const;

/** Events main sends to the renderer. */
export const events = {
  'data:changed': z.object({ tables: z.array(z.enum(DATA_TABLES)).min(1) }),
  'sync:status': syncStatusSchema,
  'session:changed': sessionInfoSchema.nullable(),
  /** Locked (auto-lock or by hand) or unlocked: the renderer hides or shows client data at once. */
  'session:locked': z.object({ locked: z.boolean() }),
  /** A report batch moved on. */
  'report:progress': batchStatusSchema,
  'chat:message': chatMessageEventSchema,
  'chat:status': chatStatusSchema,
  'chat:typing': chatTypingEventSchema,
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

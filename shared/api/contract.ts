import { z } from 'zod';
import { loginRequestSchema } from '../wire/auth';
import { appInfoSchema, rosterPageInputSchema, rosterPageSchema, sessionInfoSchema, syncStatusSchema } from './models';

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
  'sync.status': { input: noInput, output: syncStatusSchema },
  'sync.now': { input: noInput, output: syncStatusSchema },
  'clients.page': { input: rosterPageInputSchema, output: rosterPageSchema },
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
export const DATA_TABLES = ['advisors', 'clients', 'products', 'holdings', 'interactions', 'reports', 'chat_messages'] as const;

/** Events main sends to the renderer. */
export const events = {
  'data:changed': z.object({ tables: z.array(z.enum(DATA_TABLES)).min(1) }),
  'sync:status': syncStatusSchema,
  'session:changed': sessionInfoSchema.nullable(),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

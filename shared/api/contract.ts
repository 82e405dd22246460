import { z } from 'zod';
import { syncStatusSchema, sessionInfoSchema } from './models';
import { batchStatusSchema } from './reports';
import { chatMessageEventSchema, chatStatusSchema, chatTypingEventSchema } from './chat';
import { cadenceMethods } from './methods/cadence';
import { chatMethods } from './methods/chat';
import { clientsMethods } from './methods/clients';
import { DATA_TABLES } from './methods/define';
import type { DataTable, MethodSpec } from './methods/define';
import { interactionsMethods } from './methods/interactions';
import { reportsMethods } from './methods/reports';
import { appMethods, sessionMethods } from './methods/session';
import { syncMethods } from './methods/sync';

export { DATA_TABLES } from './methods/define';
export type { DataTable, MethodSpec } from './methods/define';

/**
 * The contract by feature: each feature declares its slice in `methods/<feature>.ts`; the core
 * implements each slice in one handler module, the renderer in one endpoint slice.
 */
export const featureMethods = {
  app: appMethods,
  session: sessionMethods,
  sync: syncMethods,
  clients: clientsMethods,
  interactions: interactionsMethods,
  cadence: cadenceMethods,
  reports: reportsMethods,
  chat: chatMethods,
} as const;
export type Feature = keyof typeof featureMethods;
export type FeatureMethods<F extends Feature> = (typeof featureMethods)[F];

/**
 * Every method the renderer may call, declared once. The handler table in main/core implements
 * exactly these keys; the IPC and web-host adapters and the renderer's client are built from it.
 * (No two features declare the same name: `contract.test.ts` checks it.)
 */
export const methods = {
  ...appMethods,
  ...sessionMethods,
  ...syncMethods,
  ...clientsMethods,
  ...interactionsMethods,
  ...cadenceMethods,
  ...reportsMethods,
  ...chatMethods,
};

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

/** The tables a successful call of `method` writes (none for reads). */
export function changesOf(method: MethodName): readonly DataTable[] {
  const spec: MethodSpec = methods[method];
  return spec.changes ?? [];
}

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
  /** The core stopped on its own and is being started again (正在恢复), or is back. */
  'core:status': z.object({ state: z.enum(['recovering', 'ready']) }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

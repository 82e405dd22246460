import { z } from 'zod';
import { advisorSchema } from '../domain/entities';
import { clientSchema, interactionSchema } from '../domain/entities';
import { channelSchema } from '../domain/enums';
import { idSchema, isoDateTimeSchema, longTextSchema, shortTextSchema } from '../domain/primitives';
import { clientEditSchema, EDITABLE_CLIENT_FIELDS } from '../wire/mutations';
import { apiErrorSchema } from './envelope';

/** The desk's view of the signed-in advisor and how they signed in. */
export const sessionInfoSchema = z.object({
  advisor: advisorSchema,
  /** `offline`: unlocked against the local password hash because the bank was unreachable. */
  mode: z.enum(['online', 'offline']),
  /** Auto-locked after idle time (or locked by hand): client data is hidden until unlocked. */
  locked: z.boolean(),
  /**
   * Set when this sign-in found the local copy unreadable (damaged, or its key lost), set it
   * aside and rebuilt the cache from the bank; `recoveredChanges` unsent changes were saved
   * from it and queued again.
   */
  cacheRebuilt: z.object({ recoveredChanges: z.number().int().nonnegative() }).nullable(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** Running against the built-in reference backend with generated demo data. */
  demoMode: z.boolean(),
  demoCredentials: z.object({ username: z.string(), password: z.string() }).nullable(),
  backendUrl: z.string(),
  /** Idle minutes before the session locks itself. */
  autoLockMinutes: z.number().positive(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const syncStatusSchema = z.object({
  state: z.enum(['idle', 'syncing', 'offline', 'error']),
  /** Whether the bank answered the last time the desk tried. */
  online: z.boolean(),
  lastSyncAt: isoDateTimeSchema.nullable(),
  /** Why the last cycle failed (translated by the renderer); null after a good one. */
  lastError: apiErrorSchema.nullable(),
  /** Local changes waiting to reach the bank. */
  pending: z.number().int().nonnegative(),
  /** Local changes the bank refused; each shows its reason until the RM retries or discards it. */
  parked: z.number().int().nonnegative(),
  /** Local changes that met a newer version at the bank; the RM chooses in the conflicts view. */
  conflicts: z.number().int().nonnegative(),
  /** Changes applied in the running pull, for a progress bar. */
  pulled: z.number().int().nonnegative(),
  /**
   * What the running pull should bring in all: `pulled` plus the changes the bank counted after
   * its last page, for a percentage. Null before the first page, when no pull runs, and from a
   * bank that sends no count (older backends). A hint: it may grow while the pull runs.
   */
  pullTotal: z.number().int().nonnegative().nullable(),
  /** A full re-sync in progress: changes applied so far and, once the bank has counted them, the total. */
  resync: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative().nullable() }).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** A client as the edit drawer shows it. Personal identifiers arrive masked. */
export const clientDetailSchema = clientSchema.omit({ phone: true, idNumber: true }).extend({
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  /** Editable fields whose local value has not reached the bank yet. */
  pendingFields: z.array(z.enum(EDITABLE_CLIENT_FIELDS)),
  /** A local edit met a newer version at the bank and waits for the RM's choice. */
  inConflict: z.boolean(),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const clientUpdateInputSchema = z.object({ id: idSchema, fields: clientEditSchema });

export const interactionRowSchema = interactionSchema.extend({
  /** Saved here, not yet accepted by the bank. */
  pending: z.boolean(),
});
export type InteractionRow = z.infer<typeof interactionRowSchema>;

/** Sane dates for an interaction: not before 2000, at most a year ahead (the form's date picker offers the same). */
export const INTERACTION_TIME_BOUNDS = { earliest: '2000-01-01', daysAhead: 366 } as const;

const interactionTimeSchema = isoDateTimeSchema.refine((value) => {
  const t = Date.parse(value);
  return t >= Date.parse(`${INTERACTION_TIME_BOUNDS.earliest}T00:00:00Z`) && t <= Date.now() + INTERACTION_TIME_BOUNDS.daysAhead * 86_400_000;
}, 'must be after 2000 and at most a year ahead');

export const interactionFieldsSchema = z
  .object({
    occurredAt: interactionTimeSchema,
    channel: channelSchema,
    theme: shortTextSchema.nullable(),
    isAllocationReview: z.boolean(),
    summary: longTextSchema.nullable(),
    nextSteps: longTextSchema.nullable(),
  })
  .strict();
export type InteractionFields = z.infer<typeof interactionFieldsSchema>;

export const interactionLogInputSchema = interactionFieldsSchema.extend({ clientId: idSchema }).strict();
export const interactionUpdateInputSchema = z.object({ id: idSchema, fields: interactionFieldsSchema.partial().strict() }).strict();

/** One local change waiting for (or refused by) the bank, for the sync view. */
export const outboxItemSchema = z.object({
  id: z.string(),
  entity: z.enum(['client', 'interaction', 'report', 'audit']),
  entityId: z.string(),
  /** What the RM would call it: the client's name. */
  label: z.string(),
  op: z.enum(['update', 'create', 'delete', 'append']),
  status: z.enum(['pending', 'parked', 'conflict']),
  attempts: z.number().int().nonnegative(),
  /** Why it was refused (the bank's answer, as a reason) or why the last try failed. */
  lastError: apiErrorSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const conflictFieldSchema = z.object({
  field: z.string(),
  mine: z.unknown(),
  theirs: z.unknown(),
});

export const conflictItemSchema = z.object({
  id: z.string(),
  entity: z.enum(['client', 'interaction', 'report']),
  entityId: idSchema,
  label: z.string(),
  /** The fields where the RM's change and the bank's current record differ. */
  fields: z.array(conflictFieldSchema),
  theirsVersion: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
});
export type ConflictItem = z.infer<typeof conflictItemSchema>;

export const conflictResolveInputSchema = z.object({ id: z.string().min(1).max(64), choice: z.enum(['mine', 'theirs']) }).strict();

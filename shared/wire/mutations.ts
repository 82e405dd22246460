import { z } from 'zod';
import { clientSchema, interactionSchema, reportSchema } from '../domain/entities';
import { idSchema, isoDateTimeSchema } from '../domain/primitives';

/**
 * `POST /sync/mutations`: the desk's outbox, pushed in FIFO order. Each mutation carries its own
 * UUIDv7 `id`, the idempotency key: the bank applies a mutation at most once, in the same
 * transaction as its effect, and answers a repeat with `duplicate`.
 */

/** A request carries at most this many mutations; the desk sends smaller batches. */
export const MAX_MUTATIONS_PER_REQUEST = 100;
/** A request body may be at most this large (the bank answers 413 LIMIT above it). */
export const MAX_MUTATIONS_BODY_BYTES = 1024 * 1024;

export const mutationIdSchema = z.uuid();

/** The client fields an RM may edit at the desk; everything else about a client is the bank's. */
export const EDITABLE_CLIENT_FIELDS = ['notes', 'familyNotes', 'enterpriseNotes', 'tags', 'preferredChannel', 'contactPrefs'] as const;
export type EditableClientField = (typeof EDITABLE_CLIENT_FIELDS)[number];

export const clientEditSchema = clientSchema
  .pick({ notes: true, familyNotes: true, enterpriseNotes: true, tags: true, preferredChannel: true, contactPrefs: true })
  .partial()
  .strict()
  .refine((fields) => Object.keys(fields).length > 0, 'at least one field');
export type ClientEdit = z.infer<typeof clientEditSchema>;

/** An interaction as the desk writes it; the bank sets advisorId (from the token), version and updatedAt. */
export const interactionDraftSchema = interactionSchema.omit({ advisorId: true, version: true, updatedAt: true }).strict();
export type InteractionDraft = z.infer<typeof interactionDraftSchema>;

/** A report as the desk writes it; the bank sets advisorId (from the token), version and updatedAt. */
export const reportDraftSchema = reportSchema.omit({ advisorId: true, version: true, updatedAt: true }).strict();
export type ReportDraft = z.infer<typeof reportDraftSchema>;

/** What the desk records about its own use; ids only, never client data. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_offline',
  'sign_in_failed',
  'locked_out',
  'unlock',
  'unlock_failed',
  'auto_lock',
  'sign_out',
  'session_resumed',
  'sync_error',
  'mutation_rejected',
  'conflict_resolved',
  'cache_rebuilt',
  'resync',
  'identifier_revealed',
  'report_generated',
  'report_printed',
  'report_exported',
  'report_delivered',
  'chat_compliance_blocked',
  'report_compliance_blocked',
] as const;
export const auditEntrySchema = z
  .object({
    id: mutationIdSchema,
    at: isoDateTimeSchema,
    action: z.enum(AUDIT_ACTIONS),
    entity: z.string().max(32).nullable(),
    entityId: idSchema.nullable(),
    details: z
      .record(z.string().max(32), z.union([z.string().max(200), z.number(), z.boolean(), z.null()]))
      .refine((details) => Object.keys(details).length <= 8, 'at most 8 details')
      .nullable(),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const mutationSchema = z.discriminatedUnion('type', [
  z.object({ id: mutationIdSchema, type: z.literal('client.update'), clientId: idSchema, baseVersion: z.number().int().nonnegative(), fields: clientEditSchema }).strict(),
  z
    .object({
      id: mutationIdSchema,
      type: z.literal('interaction.put'),
      /** null creates the interaction; a version edits it and must match the bank's. */
      baseVersion: z.number().int().nonnegative().nullable(),
      interaction: interactionDraftSchema,
    })
    .strict(),
  z.object({ id: mutationIdSchema, type: z.literal('audit.append'), entries: z.array(auditEntrySchema).min(1).max(200) }).strict(),
  z
    .object({
      id: mutationIdSchema,
      type: z.literal('report.put'),
      /** null creates the report record; a version updates it (delivery) and must match the bank's. */
      baseVersion: z.number().int().nonnegative().nullable(),
      report: reportDraftSchema,
    })
    .strict(),
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationType = Mutation['type'];

/**
 * The request is checked loosely (an id per item) and each mutation on its own, so one bad
 * mutation is `rejected` without failing its neighbours.
 */
export const mutationsRequestSchema = z.object({
  mutations: z.array(z.looseObject({ id: mutationIdSchema })).min(1).max(MAX_MUTATIONS_PER_REQUEST),
});

export const REJECTION_CODES = ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'LIMIT'] as const;

/** The record as the bank holds it now, sent with a conflict so the RM can compare. */
export const conflictCurrentSchema = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('client'), data: clientSchema }),
  z.object({ entity: z.literal('interaction'), data: interactionSchema }),
  z.object({ entity: z.literal('report'), data: reportSchema }),
]);
export type ConflictCurrent = z.infer<typeof conflictCurrentSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  /** Applied now. `version` is the entity's version after it (null for audit entries). */
  z.object({ id: mutationIdSchema, status: z.literal('applied'), version: z.number().int().positive().nullable() }),
  /** Applied before; the bank repeats that outcome. */
  z.object({ id: mutationIdSchema, status: z.literal('duplicate'), version: z.number().int().positive().nullable() }),
  /** baseVersion is stale: nothing applied; here is the bank's current record. */
  z.object({ id: mutationIdSchema, status: z.literal('conflict'), current: conflictCurrentSchema }),
  /** Never applicable as sent (retrying will not help); `reason` is for the RM to read. */
  z.object({ id: z.string().max(64), status: z.literal('rejected'), code: z.enum(REJECTION_CODES), reason: z.string().max(500) }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

/** One result per mutation, in request order. */
export const mutationsResponseSchema = z.object({ results: z.array(mutationResultSchema) });
export type MutationsResponse = z.infer<typeof mutationsResponseSchema>;

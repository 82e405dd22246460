import { z } from 'zod';
import { idSchema } from '../../../shared/domain/primitives';
import { auditEntrySchema, clientEditSchema, EDITABLE_CLIENT_FIELDS, interactionDraftSchema, reportDraftSchema } from '../../../shared/wire';

/**
 * What an outbox row holds: the mutation body to send (its id and baseVersion live in their own
 * columns, so a rebase only touches base_version) and, for edits, the values before the edit, so
 * discarding a refused change can put them back. Read back through this schema, never cast.
 */
export const outboxBodySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('client.update'),
    clientId: idSchema,
    fields: clientEditSchema,
    previous: z.partialRecord(z.enum(EDITABLE_CLIENT_FIELDS), z.unknown()),
  }),
  z.object({ type: z.literal('interaction.put'), interaction: interactionDraftSchema, previous: interactionDraftSchema.nullable() }),
  z.object({ type: z.literal('report.put'), report: reportDraftSchema, previous: reportDraftSchema.nullable() }),
  z.object({ type: z.literal('audit.append'), entries: z.array(auditEntrySchema).min(1) }),
]);
export type OutboxBody = z.infer<typeof outboxBodySchema>;

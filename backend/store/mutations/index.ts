import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Mutation, MutationResult, mutationsRequestSchema } from '../../../shared/wire/mutations';
import { mutationSchema } from '../../../shared/wire/mutations';
import { describeZodError } from '../../zodError';
import { writeTransaction } from '../sequence';
import { applyAuditAppend } from './auditAppend';
import { applyClientUpdate } from './clientUpdate';
import { findApplied, recordApplied } from './dedup';
import { applyInteractionPut } from './interactionPut';
import { applyReportPut } from './reportPut';
import type { MutationContext } from './outcomes';
import { duplicate, rejected } from './outcomes';

export { appliedMutationIds } from './dedup';
export { auditEntries } from './auditAppend';

/** One item of a request as the envelope checked it: a mutation id and anything else. */
export type MutationItem = z.infer<typeof mutationsRequestSchema>['mutations'][number];

function dispatch(ctx: MutationContext, m: Mutation): MutationResult {
  switch (m.type) {
    case 'client.update':
      return applyClientUpdate(ctx, m);
    case 'interaction.put':
      return applyInteractionPut(ctx, m);
    case 'audit.append':
      return applyAuditAppend(ctx, m);
    case 'report.put':
      return applyReportPut(ctx, m);
  }
}

/**
 * Applies one desk mutation for `advisorId`, at most once, in its own IMMEDIATE transaction:
 * the dedup lookup, the effect and the dedup row commit together, so two racing copies of the
 * same mutation (even from two processes) apply once.
 *
 * The dedup lookup comes before validation: a mutation that was applied is answered
 * `duplicate` whatever the rules say now. Only applied mutations are remembered; a conflict or
 * a rejection wrote nothing and is judged afresh if sent again. An id applied for another
 * advisor is `rejected NOT_FOUND` without its outcome, so it tells nothing about that advisor.
 *
 * Throws only on unexpected failures (e.g. the disk); the transaction then rolls back.
 */
export function applyMutation(db: Database.Database, advisorId: string, item: MutationItem, now: Date): MutationResult {
  return writeTransaction(db, (nextSeq) => {
    const seen = findApplied(db, item.id);
    if (seen) {
      return seen.advisorId === advisorId
        ? duplicate(item.id, seen.version)
        : rejected(item.id, 'NOT_FOUND', 'id: unknown to this advisor; send the change with a new mutation id');
    }
    const parsed = mutationSchema.safeParse(item);
    if (!parsed.success) return rejected(item.id, 'VALIDATION', describeZodError(parsed.error, 'mutation'));
    const result = dispatch({ db, advisorId, now, nextSeq }, parsed.data);
    if (result.status === 'applied') {
      recordApplied(db, { id: item.id, advisorId, type: parsed.data.type, version: result.version, at: now });
    }
    return result;
  });
}

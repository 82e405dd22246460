import { z } from 'zod';
import { conflictItemSchema, conflictResolveInputSchema, outboxItemSchema, syncStatusSchema } from '../models';
import { defineMethods } from './define';
import { localIdInput, noInput } from './noInput';

/** Sync with the bank: status, the outbox, refused changes and conflicts. */
export const syncMethods = defineMethods({
  'sync.status': { input: noInput, output: syncStatusSchema },
  'sync.now': { input: noInput, output: syncStatusSchema },
  /** Rebuilds the cache from the bank, keeping unsent changes; progress arrives as sync:status. */
  'sync.resync': { input: noInput, output: syncStatusSchema },
  'sync.outbox': { input: noInput, output: z.array(outboxItemSchema) },
  'sync.retryParked': { input: localIdInput, output: syncStatusSchema, changes: ['outbox'] },
  /** Drops a refused change; the record shows the bank's value again. */
  'sync.discardParked': { input: localIdInput, output: syncStatusSchema, changes: ['clients', 'interactions', 'reports', 'outbox'] },
  'conflicts.list': { input: noInput, output: z.array(conflictItemSchema) },
  'conflicts.resolve': { input: conflictResolveInputSchema, output: syncStatusSchema, changes: ['clients', 'interactions', 'reports', 'conflicts', 'outbox'] },
});

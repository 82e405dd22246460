import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { MutationType } from '../../../shared/wire/mutations';
import { toChinaInstant } from '../../time';

/**
 * The idempotency record (table `applied_mutations`, migration 0020). A row is written in the
 * transaction that applies the mutation, so a crash either keeps both or neither.
 */

/** What a duplicate repeats: the version the first application produced (null for audit). */
const storedResultSchema = z.object({ version: z.number().int().positive().nullable() });

export interface AppliedMutation {
  advisorId: string;
  version: number | null;
}

export function findApplied(db: Database.Database, id: string): AppliedMutation | undefined {
  const row = db.prepare('SELECT advisor_id, result FROM applied_mutations WHERE id = ?').get(id) as
    | { advisor_id: string; result: string }
    | undefined;
  if (!row) return undefined;
  return { advisorId: row.advisor_id, version: storedResultSchema.parse(JSON.parse(row.result)).version };
}

export function recordApplied(
  db: Database.Database,
  entry: { id: string; advisorId: string; type: MutationType; version: number | null; at: Date },
): void {
  db.prepare('INSERT INTO applied_mutations (id, advisor_id, type, result, created_at) VALUES (?, ?, ?, ?, ?)').run(
    entry.id,
    entry.advisorId,
    entry.type,
    JSON.stringify({ version: entry.version }),
    toChinaInstant(entry.at),
  );
}

/** Ids of the advisor's applied mutations, in the order they were applied. */
export function appliedMutationIds(db: Database.Database, advisorId: string): string[] {
  return db.prepare('SELECT id FROM applied_mutations WHERE advisor_id = ? ORDER BY rowid').pluck().all(advisorId) as string[];
}

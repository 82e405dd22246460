import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditEntry, Mutation, MutationResult } from '../../../shared/wire/mutations';
import { auditEntrySchema } from '../../../shared/wire/mutations';
import { toChinaInstant } from '../../time';
import type { MutationContext } from './outcomes';
import { applied } from './outcomes';

type AuditAppend = Extract<Mutation, { type: 'audit.append' }>;

/**
 * `audit.append`: stores the desk's audit entries. An entry id already stored (a resend inside a
 * new mutation, or whatever else) is skipped silently, whoever stored it: the answer must not
 * tell one advisor about another's entries. Audit entries are not in the change feed.
 */
export function applyAuditAppend(ctx: MutationContext, m: AuditAppend): MutationResult {
  const insert = ctx.db.prepare(
    'INSERT INTO audit_entries (id, advisor_id, mutation_id, entry, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const receivedAt = toChinaInstant(ctx.now);
  for (const entry of m.entries) insert.run(entry.id, ctx.advisorId, m.id, JSON.stringify(entry), receivedAt);
  return applied(m.id, null);
}

/** The advisor's stored audit entries, oldest first. */
export function auditEntries(db: Database.Database, advisorId: string): AuditEntry[] {
  const rows = db.prepare('SELECT entry FROM audit_entries WHERE advisor_id = ? ORDER BY rowid').pluck().all(advisorId) as string[];
  return rows.map((text) => auditEntrySchema.parse(JSON.parse(text)));
}

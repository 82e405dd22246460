import { AppError } from '../../../shared/api';
import type { MutationResult } from '../../../shared/wire';
import { markAuditPushed, recordAudit } from '../audit/audit';
import type { Db } from '../db/types';
import type { OutboxRow } from '../outbox/outbox';
import { rebaseLater, remove, setStatus } from '../outbox/outbox';
import { dropServerRecordIfUnheld } from './heldServerRecords';

const TABLE_OF_ENTITY = { client: 'clients', interaction: 'interactions', report: 'reports' } as const;

/**
 * Applies the bank's answer for one outbox entry, inside the transaction that covers the batch:
 * - applied / duplicate: the entry is done; the local row and later entries of the same entity
 *   move to the bank's new version;
 * - conflict: the entry waits for the RM, with the bank's current record kept beside it;
 * - rejected: the entry is parked with the bank's reason and never blocks the others.
 */
export function settleResult(db: Db, entry: OutboxRow, result: MutationResult, context: { now: string; actor: string }): void {
  switch (result.status) {
    case 'applied':
    case 'duplicate': {
      if (result.version !== null && entry.entity !== 'audit') {
        rebaseLater(db, entry, entry.baseVersion ?? 0, result.version);
        const table = TABLE_OF_ENTITY[entry.entity];
        db.prepare(`UPDATE ${table} SET version = ? WHERE id = ? AND version < ?`).run(result.version, entry.entityId, result.version);
      }
      if (entry.body.type === 'audit.append') markAuditPushed(db, entry.body.entries.map((e) => e.id), context.now);
      remove(db, entry.id);
      if (entry.entity !== 'audit') dropServerRecordIfUnheld(db, entry.entity, entry.entityId);
      return;
    }
    case 'conflict':
      setStatus(db, entry.id, 'conflict', new AppError('bank.newer_version'));
      db.prepare(
        `INSERT INTO conflicts (outbox_id, entity, entity_id, theirs, theirs_version, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (outbox_id) DO UPDATE SET theirs = excluded.theirs, theirs_version = excluded.theirs_version`,
      ).run(entry.id, result.current.entity, entry.entityId, JSON.stringify(result.current.data), result.current.data.version, context.now);
      return;
    case 'rejected':
      setStatus(db, entry.id, 'parked', new AppError('bank.refused_change', { bankCode: result.code, bankReason: result.reason }));
      if (entry.entity !== 'audit') {
        recordAudit(db, { actor: context.actor, action: 'mutation_rejected', entity: entry.entity, entityId: entry.entityId, details: { code: result.code }, at: context.now });
      }
      return;
  }
}

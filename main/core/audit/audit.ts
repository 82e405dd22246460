import { v7 as uuidv7 } from 'uuid';
import type { AuditEntry } from '../../../shared/wire';
import type { Db } from '../db/types';
import { enqueue } from '../outbox/outbox';

export type AuditAction = AuditEntry['action'];
export type AuditDetails = NonNullable<AuditEntry['details']>;

/** An act the audit log records with the write that did it (actor and time are the writer's). */
export interface AuditRecord {
  action: AuditAction;
  entity?: string;
  entityId?: string;
  details?: AuditDetails;
}

/**
 * Records what happened at the desk in the local audit log and queues it for the bank, in one
 * transaction. Entries name actions and ids only: never names, numbers or free text of clients.
 */
export function recordAudit(
  db: Db,
  entry: { actor: string | null; action: AuditAction; entity?: string | null; entityId?: string | null; details?: AuditDetails | null; at: string },
): void {
  const id = uuidv7();
  const wire: AuditEntry = {
    id,
    at: entry.at,
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    details: entry.details ?? null,
  };
  db.transaction(() => {
    db.prepare('INSERT INTO audit_log (entry_id, at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      wire.at,
      entry.actor,
      wire.action,
      wire.entity,
      wire.entityId,
      wire.details ? JSON.stringify(wire.details) : null,
    );
    enqueue(db, { id, entity: 'audit', entityId: id, op: 'append', body: { type: 'audit.append', entries: [wire] }, baseVersion: null, now: entry.at });
  })();
}

/** The bank has the entries of an applied audit mutation. */
export function markAuditPushed(db: Db, entryIds: readonly string[], at: string): void {
  const statement = db.prepare('UPDATE audit_log SET pushed_at = ? WHERE entry_id = ?');
  for (const id of entryIds) statement.run(at, id);
}

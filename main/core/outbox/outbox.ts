import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/api';
import type { AuditEntry, ClientEdit, InteractionDraft, Mutation, ReportDraft } from '../../../shared/wire';
import type { Db } from '../db/types';

/** Largest payload one local change may carry; the bank refuses bodies over 1 MB anyway. */
export const MAX_OUTBOX_PAYLOAD_BYTES = 256 * 1024;

export type OutboxEntity = 'client' | 'interaction' | 'report' | 'audit';
export type OutboxOp = 'update' | 'create' | 'delete' | 'append';
export type OutboxStatus = 'pending' | 'parked' | 'conflict';

/**
 * What an outbox row holds: the mutation body to send (its id and baseVersion live in their own
 * columns, so a rebase only touches base_version) and, for edits, the values before the edit, so
 * discarding a refused change can put them back.
 */
export type OutboxBody =
  | { type: 'client.update'; clientId: string; fields: ClientEdit; previous: Partial<Record<keyof ClientEdit, unknown>> }
  | { type: 'interaction.put'; interaction: InteractionDraft; previous: InteractionDraft | null }
  | { type: 'report.put'; report: ReportDraft; previous: ReportDraft | null }
  | { type: 'audit.append'; entries: AuditEntry[] };

export interface OutboxRow {
  seq: number;
  id: string;
  entity: OutboxEntity;
  entityId: string;
  op: OutboxOp;
  body: OutboxBody;
  baseVersion: number | null;
  attempts: number;
  status: OutboxStatus;
  lastError: string | null;
  createdAt: string;
}

interface RawRow {
  seq: number;
  id: string;
  entity: OutboxEntity;
  entity_id: string;
  op: OutboxOp;
  payload: string;
  base_version: number | null;
  attempts: number;
  status: OutboxStatus;
  last_error: string | null;
  created_at: string;
}

const fromRaw = (r: RawRow): OutboxRow => ({
  seq: r.seq,
  id: r.id,
  entity: r.entity,
  entityId: r.entity_id,
  op: r.op,
  body: JSON.parse(r.payload) as OutboxBody,
  baseVersion: r.base_version,
  attempts: r.attempts,
  status: r.status,
  lastError: r.last_error,
  createdAt: r.created_at,
});

/** Appends a local change. Call inside the transaction that changes the row (ARCHITECTURE §4). */
export function enqueue(
  db: Db,
  entry: { entity: OutboxEntity; entityId: string; op: OutboxOp; body: OutboxBody; baseVersion: number | null; now: string; id?: string },
): string {
  const payload = JSON.stringify(entry.body);
  if (Buffer.byteLength(payload) > MAX_OUTBOX_PAYLOAD_BYTES) {
    throw new AppError('LIMIT', `A single change may be at most ${MAX_OUTBOX_PAYLOAD_BYTES / 1024} KB; this one is larger.`);
  }
  const id = entry.id ?? uuidv7();
  db.prepare(
    `INSERT INTO outbox (id, entity, entity_id, op, payload, base_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, entry.entity, entry.entityId, entry.op, payload, entry.baseVersion, entry.now);
  return id;
}

/**
 * The next entries to send, oldest first, at most one per entity: a second edit of the same
 * record waits until the first is settled and it has been rebased onto the version that made.
 * Entries of an entity with an unresolved conflict wait too: they were made on top of the change
 * the RM has not decided on yet.
 */
export function nextBatch(db: Db, limit: number): OutboxRow[] {
  const rows = db
    .prepare(
      `SELECT * FROM outbox o WHERE o.status = 'pending'
         AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.entity = o.entity AND e.entity_id = o.entity_id
                           AND (e.status = 'conflict' OR (e.status = 'pending' AND e.seq < o.seq)))
       ORDER BY o.seq LIMIT ?`,
    )
    .all(limit) as RawRow[];
  return rows.map(fromRaw);
}

export function getEntry(db: Db, id: string): OutboxRow | null {
  const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as RawRow | undefined;
  return row ? fromRaw(row) : null;
}

export function listEntries(db: Db): OutboxRow[] {
  return (db.prepare('SELECT * FROM outbox ORDER BY seq').all() as RawRow[]).map(fromRaw);
}

/** Every entry still held for one entity, oldest first. */
export function entriesFor(db: Db, entity: OutboxEntity, entityId: string): OutboxRow[] {
  return (db.prepare('SELECT * FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq').all(entity, entityId) as RawRow[]).map(fromRaw);
}

/** Ids of entities of one kind that have any entry held (pending, parked or in conflict). */
export function heldEntityIds(db: Db, entity: OutboxEntity): Set<string> {
  return new Set(db.prepare('SELECT DISTINCT entity_id FROM outbox WHERE entity = ?').pluck().all(entity) as string[]);
}

/** The RM's changes by status; the desk's own audit entries are not the RM's to count. */
export function counts(db: Db): Record<OutboxStatus, number> {
  const result: Record<OutboxStatus, number> = { pending: 0, parked: 0, conflict: 0 };
  for (const row of db.prepare(`SELECT status, count(*) AS n FROM outbox WHERE entity <> 'audit' GROUP BY status`).all() as { status: OutboxStatus; n: number }[]) {
    result[row.status] = row.n;
  }
  return result;
}

/** The wire mutation for an entry, with its current (possibly rebased) base version. */
export function toMutation(row: OutboxRow): Mutation {
  switch (row.body.type) {
    case 'client.update':
      return { id: row.id, type: 'client.update', clientId: row.body.clientId, baseVersion: row.baseVersion ?? 0, fields: row.body.fields };
    case 'interaction.put':
      return { id: row.id, type: 'interaction.put', baseVersion: row.baseVersion, interaction: row.body.interaction };
    case 'report.put':
      return { id: row.id, type: 'report.put', baseVersion: row.baseVersion, report: row.body.report };
    case 'audit.append':
      return { id: row.id, type: 'audit.append', entries: row.body.entries };
  }
}

export function remove(db: Db, id: string): void {
  db.prepare('DELETE FROM outbox WHERE id = ?').run(id);
}

export function setStatus(db: Db, id: string, status: OutboxStatus, lastError: string | null): void {
  db.prepare('UPDATE outbox SET status = ?, last_error = ? WHERE id = ?').run(status, lastError, id);
}

/** A retryable failure: count it and keep the reason to show. */
export function noteAttempt(db: Db, ids: readonly string[], error: string): void {
  const statement = db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?');
  for (const id of ids) statement.run(error, id);
}

/**
 * After the bank moved an entity from `fromVersion` to `toVersion` because of one of our entries,
 * later entries that were made on top of that entry move with it.
 */
export function rebaseLater(db: Db, after: OutboxRow, fromVersion: number, toVersion: number): void {
  db.prepare(
    `UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_id = ? AND seq > ? AND coalesce(base_version, 0) = ?`,
  ).run(toVersion, after.entity, after.entityId, after.seq, fromVersion);
}

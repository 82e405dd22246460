import { v7 as uuidv7 } from 'uuid';
import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { Mutation } from '../../../shared/wire';
import { legacyBankRefusal, readStoredError, storedError } from '../db/storedError';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import type { OutboxBody } from './outboxBody';
import { outboxBodySchema } from './outboxBody';

export type { OutboxBody } from './outboxBody';

/** Largest payload one local change may carry; the bank refuses bodies over 1 MB anyway. */
export const MAX_OUTBOX_PAYLOAD_BYTES = 256 * 1024;

export type OutboxEntity = 'client' | 'interaction' | 'report' | 'audit';
export type OutboxOp = 'update' | 'create' | 'delete' | 'append';
export type OutboxStatus = 'pending' | 'parked' | 'conflict';

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
  lastError: ApiError | null;
  createdAt: string;
}

/** The row as SQLite holds it; the CHECK constraints of the schema hold entity, op and status. */
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

/** What a kept failure of an entry written before reasons existed meant, by the entry's status. */
function legacyError(status: OutboxStatus) {
  return (text: string) => {
    if (status === 'parked') return legacyBankRefusal('bank.refused_change', text);
    return new AppError(status === 'conflict' ? 'bank.newer_version' : 'bank.unreachable').toApiError();
  };
}

/** A row read back: its payload through the body's schema; null when it cannot be read. */
function fromRaw(r: RawRow): OutboxRow | null {
  const body = parseStoredJson(outboxBodySchema, r.payload, 'outbox.payload');
  if (!body) return null;
  return {
    seq: r.seq,
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    body,
    baseVersion: r.base_version,
    attempts: r.attempts,
    status: r.status,
    lastError: readStoredError(r.last_error, 'outbox.last_error', legacyError(r.status)),
    createdAt: r.created_at,
  };
}

const readable = (rows: RawRow[]) => rows.map(fromRaw).filter((row): row is OutboxRow => row !== null);

/** Appends a local change. Call inside the transaction that changes the row (ARCHITECTURE §4). */
export function enqueue(
  db: Db,
  entry: { entity: OutboxEntity; entityId: string; op: OutboxOp; body: OutboxBody; baseVersion: number | null; now: string; id?: string },
): string {
  const payload = JSON.stringify(entry.body);
  if (Buffer.byteLength(payload) > MAX_OUTBOX_PAYLOAD_BYTES) {
    throw new AppError('outbox.change_too_large', { maxBytes: MAX_OUTBOX_PAYLOAD_BYTES });
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
  const statement = db.prepare(
    `SELECT * FROM outbox o WHERE o.status = 'pending'
       AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.entity = o.entity AND e.entity_id = o.entity_id
                         AND (e.status = 'conflict' OR (e.status = 'pending' AND e.seq < o.seq)))
     ORDER BY o.seq LIMIT ?`,
  );
  // An unreadable entry in conflict would hold its record's later entries for ever: parked instead.
  parkUnreadable(db, db.prepare(`SELECT * FROM outbox WHERE status = 'conflict'`).all() as RawRow[]);
  for (;;) {
    const raw = statement.all(limit) as RawRow[];
    if (parkUnreadable(db, raw) === 0) return readable(raw);
  }
}

/** An entry that cannot be read cannot be sent: parked, kept, shown to the RM; the rest go on. Answers how many. */
function parkUnreadable(db: Db, raw: readonly RawRow[]): number {
  const unreadable = raw.filter((row) => fromRaw(row) === null);
  for (const row of unreadable) {
    setStatus(db, row.id, 'parked', new AppError('outbox.unreadable'));
    db.prepare('DELETE FROM conflicts WHERE outbox_id = ?').run(row.id);
  }
  return unreadable.length;
}

/** Removes an entry that cannot be read, when the RM discards it; answers whether it was one. */
export function removeUnreadable(db: Db, id: string): boolean {
  const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as RawRow | undefined;
  if (!row || fromRaw(row) !== null) return false;
  db.prepare('DELETE FROM conflicts WHERE outbox_id = ?').run(id);
  remove(db, id);
  return true;
}

/** One entry, or null when there is none or it cannot be read (see `unreadableEntries`). */
export function getEntry(db: Db, id: string): OutboxRow | null {
  const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as RawRow | undefined;
  return row ? fromRaw(row) : null;
}

export function listEntries(db: Db): OutboxRow[] {
  return readable(db.prepare('SELECT * FROM outbox ORDER BY seq').all() as RawRow[]);
}

/** Entries whose payload cannot be read: never sent, listed for the RM (outboxItems) with what is known of them. */
export function unreadableEntries(db: Db): Omit<OutboxRow, 'body'>[] {
  return (db.prepare(`SELECT * FROM outbox WHERE entity <> 'audit' ORDER BY seq`).all() as RawRow[])
    .filter((row) => fromRaw(row) === null)
    .map((r) => ({
      seq: r.seq,
      id: r.id,
      entity: r.entity,
      entityId: r.entity_id,
      op: r.op,
      baseVersion: r.base_version,
      attempts: r.attempts,
      status: r.status,
      lastError: new AppError('outbox.unreadable').toApiError(),
      createdAt: r.created_at,
    }));
}

/** Every entry still held for one entity, oldest first. */
export function entriesFor(db: Db, entity: OutboxEntity, entityId: string): OutboxRow[] {
  return readable(db.prepare('SELECT * FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq').all(entity, entityId) as RawRow[]);
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

export function setStatus(db: Db, id: string, status: OutboxStatus, lastError: AppError | null): void {
  db.prepare('UPDATE outbox SET status = ?, last_error = ? WHERE id = ?').run(status, lastError ? storedError(lastError) : null, id);
}

/** A retryable failure: count it and keep the reason to show. */
export function noteAttempt(db: Db, ids: readonly string[], error: AppError): void {
  const statement = db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?');
  const text = storedError(error);
  for (const id of ids) statement.run(text, id);
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

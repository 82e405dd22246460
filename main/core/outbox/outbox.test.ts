import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { OutboxBody } from './outbox';
import { counts, enqueue, MAX_OUTBOX_PAYLOAD_BYTES, nextBatch, rebaseLater, removeUnreadable, setStatus } from './outbox';
import { outboxItems } from './outboxItems';

function freshDb() {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  return db;
}

const edit = (clientId: string, notes: string): OutboxBody => ({ type: 'client.update', clientId, fields: { notes }, previous: { notes: null } });
const add = (db: Database.Database, clientId: string, notes: string, baseVersion = 1) =>
  enqueue(db, { entity: 'client', entityId: clientId, op: 'update', body: edit(clientId, notes), baseVersion, now: '2026-11-28T00:00:00Z' });

describe('outbox', () => {
  it('refuses a change larger than the limit with LIMIT, and keeps nothing of it', () => {
    const db = freshDb();
    const huge = 'x'.repeat(MAX_OUTBOX_PAYLOAD_BYTES);
    expect(() => add(db, 'C1', huge)).toThrow(AppError);
    try {
      add(db, 'C1', huge);
    } catch (error) {
      expect((error as AppError).code).toBe('LIMIT');
    }
    expect(counts(db).pending).toBe(0);
  });

  it('sends at most one entry per record at a time, oldest first', () => {
    const db = freshDb();
    const a1 = add(db, 'A', 'a1');
    const b1 = add(db, 'B', 'b1');
    const a2 = add(db, 'A', 'a2');
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([a1, b1]);
    db.prepare('DELETE FROM outbox WHERE id = ?').run(a1);
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([b1, a2]);
  });

  it('holds every entry of a record whose earlier entry is in conflict', () => {
    const db = freshDb();
    const a1 = add(db, 'A', 'a1');
    add(db, 'A', 'a2');
    const b1 = add(db, 'B', 'b1');
    setStatus(db, a1, 'conflict', new AppError('bank.newer_version'));
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([b1]);
  });

  it('lets a parked entry be passed by later ones of the same record', () => {
    const db = freshDb();
    const a1 = add(db, 'A', 'a1');
    const a2 = add(db, 'A', 'a2');
    setStatus(db, a1, 'parked', new AppError('bank.refused_change', { bankCode: 'NOT_FOUND', bankReason: 'no such client' }));
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([a2]);
  });

  it('moves later entries of a record onto the version the bank reported', () => {
    const db = freshDb();
    const first = add(db, 'A', 'a1', 4);
    add(db, 'A', 'a2', 4);
    add(db, 'B', 'b1', 4);
    const [entry] = nextBatch(db, 1);
    rebaseLater(db, entry!, 4, 5);
    const bases = db.prepare('SELECT entity_id AS e, base_version AS b FROM outbox WHERE id <> ? ORDER BY seq').all(first);
    expect(bases).toEqual([
      { e: 'A', b: 5 },
      { e: 'B', b: 4 },
    ]);
  });

  it('parks an entry whose payload cannot be read, lists it for the RM, and lets the RM discard it', () => {
    const db = freshDb();
    const broken = add(db, 'A', 'a1');
    const later = add(db, 'A', 'a2');
    const other = add(db, 'B', 'b1');
    db.prepare(`UPDATE outbox SET payload = '{"type":"client.update"}' WHERE id = ?`).run(broken);
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([later, other]);
    expect(db.prepare('SELECT status FROM outbox WHERE id = ?').pluck().get(broken)).toBe('parked');
    const items = outboxItems(db);
    expect(items.map((i) => i.id)).toEqual([broken, later, other]);
    expect(items[0]).toMatchObject({ status: 'parked', label: 'A', lastError: { reason: 'outbox.unreadable' } });
    expect(removeUnreadable(db, later)).toBe(false);
    expect(removeUnreadable(db, broken)).toBe(true);
    expect(outboxItems(db).map((i) => i.id)).toEqual([later, other]);
  });

  it('never lets an unreadable entry in conflict hold its record for ever', () => {
    const db = freshDb();
    const first = add(db, 'A', 'a1');
    const second = add(db, 'A', 'a2');
    setStatus(db, first, 'conflict', new AppError('bank.newer_version'));
    db.prepare(`INSERT INTO conflicts (outbox_id, entity, entity_id, theirs, theirs_version, created_at) VALUES (?, 'client', 'A', '{}', 2, '2026-11-28T00:00:00Z')`).run(first);
    expect(nextBatch(db, 10)).toEqual([]);
    db.prepare(`UPDATE outbox SET payload = '{"type":"nonsense"}' WHERE id = ?`).run(first);
    expect(nextBatch(db, 10).map((e) => e.id)).toEqual([second]);
    expect(db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
  });
});


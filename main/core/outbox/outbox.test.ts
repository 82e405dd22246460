import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { OutboxBody } from './outbox';
import { counts, enqueue, MAX_OUTBOX_PAYLOAD_BYTES, nextBatch, rebaseLater, setStatus } from './outbox';

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
});

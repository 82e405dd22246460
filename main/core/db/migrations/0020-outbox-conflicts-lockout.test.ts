import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { initial } from './0010-initial';
import { outboxConflictsLockout } from './0020-outbox-conflicts-lockout';

describe('0020-outbox-conflicts-lockout', () => {
  it('upgrades a version-10 book, keeping unsent entries and dropping finished ones', () => {
    const db = new Database(':memory:');
    migrate(db, [initial]);
    const insert = db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, base_version, status, created_at) VALUES (?, 'client', 'C1', 'update', '{}', 3, ?, '2026-11-01T00:00:00Z')`);
    insert.run('keep', 'pending');
    insert.run('parked', 'parked');
    insert.run('gone', 'done');
    migrate(db, [initial, outboxConflictsLockout]);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare('SELECT id, status, base_version FROM outbox ORDER BY seq').all()).toEqual([
      { id: 'keep', status: 'pending', base_version: 3 },
      { id: 'parked', status: 'parked', base_version: 3 },
    ]);
    expect(() => db.prepare(`UPDATE outbox SET status = 'done' WHERE id = 'keep'`).run()).toThrow(/CHECK/);
    for (const table of ['conflicts', 'held_server_records']) {
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = ?`).pluck().get(table)).toBe(1);
    }
    expect(db.prepare('SELECT sync_gen FROM clients LIMIT 0').columns().map((c) => c.name)).toEqual(['sync_gen']);
  });

  it('removes a conflict with its outbox entry', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [initial, outboxConflictsLockout]);
    db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, created_at) VALUES ('o1', 'client', 'C1', 'update', '{}', 'now')`).run();
    db.prepare(`INSERT INTO conflicts (outbox_id, entity, entity_id, theirs, theirs_version, created_at) VALUES ('o1', 'client', 'C1', '{}', 4, 'now')`).run();
    db.prepare(`DELETE FROM outbox WHERE id = 'o1'`).run();
    expect(db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
  });
});

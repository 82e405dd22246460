import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

/** A book at version 40 (before reports and chat) with an unsent change, a conflict and a held record. */
function bookAt40() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 40));
  db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, base_version, created_at) VALUES ('o1', 'client', 'c1', 'update', '{}', 3, '2026-11-28T00:00:00Z')`).run();
  db.prepare(`INSERT INTO conflicts (outbox_id, entity, entity_id, theirs, theirs_version, created_at) VALUES ('o1', 'client', 'c1', '{}', 4, '2026-11-28T00:00:00Z')`).run();
  db.prepare(`INSERT INTO held_server_records (entity, entity_id, data) VALUES ('client', 'c1', '{}')`).run();
  return db;
}

describe('0050-reports and 0060-chat', () => {
  it('keep every unsent change, conflict and held record, and accept report entries', () => {
    const db = bookAt40();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 60));
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    expect(db.prepare('SELECT id, base_version FROM outbox').all()).toEqual([{ id: 'o1', base_version: 3 }]);
    expect(db.prepare('SELECT outbox_id, theirs_version FROM conflicts').all()).toEqual([{ outbox_id: 'o1', theirs_version: 4 }]);
    expect(db.prepare('SELECT entity_id FROM held_server_records').pluck().all()).toEqual(['c1']);
    db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, created_at) VALUES ('o2', 'report', 'r1', 'create', '{}', '2026-11-28T00:00:00Z')`).run();
    expect(() => db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, created_at) VALUES ('o3', 'nonsense', 'x', 'create', '{}', 'now')`).run()).toThrow(/CHECK/);
    // The conflict still belongs to its outbox entry.
    db.prepare(`DELETE FROM outbox WHERE id = 'o1'`).run();
    expect(db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
  });

  it('give chat messages their relay position and conversations their receipts, and refuse unknown attachment types', () => {
    const db = bookAt40();
    migrate(db, MIGRATIONS);
    db.prepare(
      `INSERT INTO chat_messages (id, client_id, server_seq, cursor, direction, kind, body, status, created_at) VALUES ('m1', 'c1', 1, 17, 'in', 'text', '您好', 'sent', 'now')`,
    ).run();
    db.prepare(`INSERT INTO chat_conversations (client_id, read_seq) VALUES ('c1', 1)`).run();
    expect(db.prepare('SELECT their_delivered_seq FROM chat_conversations').pluck().get()).toBe(0);
    expect(() => db.prepare(`INSERT INTO chat_attachments (id, client_id, type, data) VALUES ('a1', 'c1', 'application/x-msdownload', x'4d5a')`).run()).toThrow(/CHECK/);
  });
});

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DbTooNewError } from './errors';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './types';

const step = (version: number, sql: string): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(sql) });

describe('migrate', () => {
  it('applies every pending migration once and records the newest version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [step(10, 'CREATE TABLE a (x)'), step(20, 'CREATE TABLE b (x)')])).toEqual([10, 20]);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(migrate(db, [step(10, 'CREATE TABLE a (x)'), step(20, 'CREATE TABLE b (x)')])).toEqual([]);
    expect(migrate(db, [step(10, ''), step(20, ''), step(30, 'CREATE TABLE c (x)')])).toEqual([30]);
  });

  it('rolls back every pending step when one fails', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(10, 'CREATE TABLE a (x)'), step(20, 'THIS IS NOT SQL')])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'`).get()).toEqual({ n: 0 });
  });

  it('refuses a database from a newer version', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 40');
    expect(() => migrate(db, [step(10, '')])).toThrow(DbTooNewError);
  });

  it('refuses migrations out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(20, ''), step(10, '')])).toThrow(/increasing/);
  });
});

describe('0010-initial', () => {
  it('creates a schema whose constraints hold the domain rules', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const insertClient = db.prepare(`
      INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, tier, risk_level,
        aum_fen, tags, version, updated_at)
      VALUES (?, 'A1', 'PB1', '张三', 'Zhang San', 'zhangsan', 'zs', ?, ?, 100, ?, 1, '2026-01-01T00:00:00Z')`);
    insertClient.run('c1', 'private', 'C3', '["企业家"]');
    expect(() => insertClient.run('c2', 'platinum', 'C3', '[]')).toThrow(/CHECK/);
    expect(() => insertClient.run('c3', 'private', 'C9', '[]')).toThrow(/CHECK/);
    expect(() => insertClient.run('c4', 'private', 'C1', 'not json')).toThrow(/CHECK/);
    expect(() => insertClient.run('c5', 'private', 'C1', '{"a":1}')).toThrow(/CHECK/);
    const insertOutbox = db.prepare(`INSERT INTO outbox (id, entity, entity_id, op, payload, created_at) VALUES (?, 'client', 'c1', 'update', ?, '2026-01-01T00:00:00Z')`);
    insertOutbox.run('o1', '{}');
    expect(() => insertOutbox.run('o1', '{}')).toThrow(/UNIQUE/);
    expect(() => insertOutbox.run('o2', '{')).toThrow(/CHECK/);
  });
});

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { DEFERRED_NAMES, DEFERRED_SCHEMA } from './deferredSchema';
import { deferIndexesForFirstSync, restoreDeferredIndexes } from './firstSyncIndexes';
import { readSyncState, writeSyncState } from '../db/syncState';

function book() {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  return db;
}
const indexNames = (db: Database.Database) =>
  db
    .prepare(`SELECT name FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ('advisors', 'products', 'clients', 'holdings', 'interactions')) OR (type = 'trigger' AND tbl_name = 'interactions')) ORDER BY name`)
    .pluck()
    .all() as string[];

describe('secondary indexes and last-contact triggers around a first sync', () => {
  it('drops them for a first sync into an empty book and rebuilds exactly the same ones', () => {
    const db = book();
    const before = indexNames(db);
    expect(before).toEqual(expect.arrayContaining(['clients_by_aum', 'holdings_by_client', 'interactions_by_client', 'interactions_contact_insert']));
    deferIndexesForFirstSync(db);
    expect(indexNames(db)).toEqual([]);
    expect(readSyncState(db, 'deferred_schema')).not.toBeNull();
    restoreDeferredIndexes(db);
    expect(indexNames(db)).toEqual(before);
    expect(readSyncState(db, 'deferred_schema')).toBeNull();
  });

  it('keeps them for any later sync', () => {
    const db = book();
    writeSyncState(db, 'cursor', '42');
    deferIndexesForFirstSync(db);
    expect(indexNames(db).length).toBeGreaterThan(0);
  });

  it('survives a first sync cut short: the definitions stay until rebuilt, and deferring twice keeps them', () => {
    const db = book();
    const before = indexNames(db);
    deferIndexesForFirstSync(db);
    deferIndexesForFirstSync(db);
    restoreDeferredIndexes(db);
    expect(indexNames(db)).toEqual(before);
  });

  it('rebuilds from definitions in code that match the schema the migrations make', () => {
    const db = book();
    const normalise = (sql: string) => sql.replace(/\bIF NOT EXISTS\s+/i, '').replace(/\s+/g, ' ').trim();
    const live = db.prepare(`SELECT name, sql FROM sqlite_master WHERE name IN (${DEFERRED_NAMES.map(() => '?').join(', ')})`).all(...DEFERRED_NAMES) as { name: string; sql: string }[];
    expect(Object.fromEntries(live.map((o) => [o.name, normalise(o.sql)]))).toEqual(Object.fromEntries(DEFERRED_SCHEMA.map((o) => [o.name, normalise(o.sql)])));
    // Every index and trigger a first sync drops is one the code can rebuild.
    expect(indexNames(db)).toEqual([...DEFERRED_NAMES].sort());
  });

  it('keeps only names in the book, and never runs SQL read back from it', () => {
    const db = book();
    deferIndexesForFirstSync(db);
    expect(JSON.parse(readSyncState(db, 'deferred_schema')!)).toEqual(expect.arrayContaining(['clients_by_aum', 'interactions_contact_insert']));
    writeSyncState(db, 'deferred_schema', JSON.stringify(['DROP TABLE clients']));
    restoreDeferredIndexes(db);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'clients'`).pluck().get()).toBe(1);
    expect(indexNames(db)).toEqual([...DEFERRED_NAMES].sort());
  });

  it('computes last contact when a first sync cut short is resumed, not only when it ends', () => {
    const db = book();
    deferIndexesForFirstSync(db);
    db.prepare(`INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary, next_steps, version, updated_at, deleted)
      VALUES ('I1', 'C1', 'A1', '2026-11-20T02:00:00Z', 'phone', '市场观点', 0, NULL, NULL, 1, '2026-11-20T02:00:00Z', 0)`).run();
    db.prepare(`INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, name_chars, name_syllables, customer_digits, phone_tail, tier, aum_fen, tags, version, updated_at, deleted)
      VALUES ('C1', 'A1', 'PB1', '张三', 'Zhang San', 'zhangsan', 'zs', '张 三', 'zhang san', '1', '', 'wealth', 0, '[]', 1, '2026-11-20T02:00:00Z', 0)`).run();
    // The desk is killed here; the next pull starts by restoring what the first one deferred.
    expect(restoreDeferredIndexes(db)).toBe(true);
    expect(db.prepare(`SELECT last_contact_at FROM clients WHERE id = 'C1'`).pluck().get()).toBe('2026-11-20T02:00:00.000Z');
  });
});

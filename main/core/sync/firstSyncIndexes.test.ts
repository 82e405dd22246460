import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { deferIndexesForFirstSync, restoreDeferredIndexes } from './firstSyncIndexes';
import { readSyncState, writeSyncState } from './syncState';

function book() {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  return db;
}
const indexNames = (db: Database.Database) =>
  db
    .prepare(`SELECT name FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ('clients', 'holdings', 'interactions')) OR (type = 'trigger' AND tbl_name = 'interactions')) ORDER BY name`)
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
});

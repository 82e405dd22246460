import type { Db } from '../db/types';
import { deleteSyncState, readSyncState, writeSyncState } from './syncState';

const SYNCED_TABLES = ['advisors', 'products', 'clients', 'holdings', 'interactions'];

/**
 * A first sync writes ~250,000 rows into an empty book; keeping the secondary indexes up to date
 * row by row cost a quarter of it (measured), while building them once at the end is cheap. So
 * for a first sync they are dropped and rebuilt afterwards. Their definitions are kept in
 * sync_state in the same transaction as the drop, so a sync cut short rebuilds them next time.
 */
export function deferIndexesForFirstSync(db: Db): void {
  if (readSyncState(db, 'cursor') !== null || readSyncState(db, 'deferred_indexes') !== null) return;
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM clients)').pluck().get() === 1) return;
  db.transaction(() => {
    const indexes = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${SYNCED_TABLES.map(() => '?').join(', ')})`)
      .all(...SYNCED_TABLES) as { name: string; sql: string }[];
    writeSyncState(db, 'deferred_indexes', JSON.stringify(indexes.map((i) => i.sql)));
    for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  })();
}

/** Rebuilds indexes a first sync deferred; returns whether there were any. */
export function restoreDeferredIndexes(db: Db): boolean {
  const saved = readSyncState(db, 'deferred_indexes');
  if (saved === null) return false;
  db.transaction(() => {
    for (const sql of JSON.parse(saved) as string[]) db.exec(sql);
    deleteSyncState(db, 'deferred_indexes');
  })();
  return true;
}

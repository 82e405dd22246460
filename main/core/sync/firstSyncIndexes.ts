import type { Db } from '../db/types';
import { deleteSyncState, readSyncState, writeSyncState } from './syncState';

const SYNCED_TABLES = ['advisors', 'products', 'clients', 'holdings', 'interactions'];

/**
 * A first sync writes ~250,000 rows into an empty book. Keeping the secondary indexes up to date
 * row by row cost a quarter of it (measured), and the last-contact triggers would update a client
 * row for every one of its interactions; building the indexes once at the end, and computing last
 * contact once, is cheap. So for a first sync they are dropped and rebuilt afterwards (the caller
 * recomputes last contact). Their definitions are kept in sync_state in the same transaction as
 * the drop, so a sync cut short rebuilds them next time.
 */
export function deferIndexesForFirstSync(db: Db): void {
  if (readSyncState(db, 'cursor') !== null || readSyncState(db, 'deferred_schema') !== null) return;
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM clients)').pluck().get() === 1) return;
  db.transaction(() => {
    const objects = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (
           (type = 'index' AND tbl_name IN (${SYNCED_TABLES.map(() => '?').join(', ')}))
           OR (type = 'trigger' AND tbl_name = 'interactions'))`,
      )
      .all(...SYNCED_TABLES) as { type: 'index' | 'trigger'; name: string; sql: string }[];
    writeSyncState(db, 'deferred_schema', JSON.stringify(objects.map((o) => o.sql)));
    for (const o of objects) db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} "${o.name.replace(/"/g, '""')}"`);
  })();
}

/** Rebuilds what a first sync deferred; returns whether there was anything. */
export function restoreDeferredIndexes(db: Db): boolean {
  const saved = readSyncState(db, 'deferred_schema');
  if (saved === null) return false;
  db.transaction(() => {
    for (const sql of JSON.parse(saved) as string[]) db.exec(sql);
    deleteSyncState(db, 'deferred_schema');
  })();
  return true;
}

import { z } from 'zod';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import { recomputeLastContact } from '../roster/lastContact';
import { DEFERRED_NAMES, DEFERRED_SCHEMA } from './deferredSchema';
import { deleteSyncState, readSyncState, writeSyncState } from '../db/syncState';

/** What sync_state keeps of a deferral: the names of what was dropped, never SQL. */
const deferredNamesSchema = z.array(z.enum(DEFERRED_NAMES as [string, ...string[]]));

/**
 * A first sync writes ~250,000 rows into an empty book. Keeping the secondary indexes up to date
 * row by row cost a quarter of it (measured), and the last-contact triggers would update a client
 * row for every one of its interactions; building the indexes once at the end, and computing last
 * contact once, is cheap. So for a first sync they are dropped and rebuilt afterwards, from their
 * definitions in code (deferredSchema.ts). That they were dropped is kept in sync_state in the
 * same transaction as the drop, so a sync cut short rebuilds them next time.
 */
export function deferIndexesForFirstSync(db: Db): void {
  if (readSyncState(db, 'cursor') !== null || readSyncState(db, 'deferred_schema') !== null) return;
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM clients)').pluck().get() === 1) return;
  db.transaction(() => {
    const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')`).pluck().all() as string[]);
    const dropped = DEFERRED_SCHEMA.filter((o) => present.has(o.name));
    writeSyncState(db, 'deferred_schema', JSON.stringify(dropped.map((o) => o.name)));
    for (const o of dropped) db.exec(`DROP ${o.kind === 'index' ? 'INDEX' : 'TRIGGER'} ${o.name}`);
  })();
}

/**
 * Rebuilds what a first sync deferred, and the last contact its missing triggers did not keep
 * (whether the sync ended normally or was cut short and is resumed now); returns whether there
 * was anything to rebuild. A record that cannot be read rebuilds everything (each is idempotent).
 */
export function restoreDeferredIndexes(db: Db): boolean {
  const saved = readSyncState(db, 'deferred_schema');
  if (saved === null) return false;
  const names = new Set(parseStoredJson(deferredNamesSchema, saved, 'sync_state.deferred_schema') ?? DEFERRED_NAMES);
  db.transaction(() => {
    for (const o of DEFERRED_SCHEMA) if (names.has(o.name)) db.exec(o.sql);
    recomputeLastContact(db);
    deleteSyncState(db, 'deferred_schema');
  })();
  return true;
}

import type { Db } from '../db/types';
import { deleteSyncState, readSyncState, writeSyncState } from '../db/syncState';

/**
 * A full re-sync rebuilds the cache from the bank without ever emptying it: the next pull runs
 * from the start of the feed under a new generation, every row it writes is stamped with that
 * generation, and when the feed is exhausted the rows the bank no longer sent are removed.
 * Rows with local changes still in the outbox are kept. The state lives in sync_state, so a
 * re-sync cut short by a crash finishes after the restart.
 */
export function beginResync(db: Db): void {
  db.transaction(() => {
    const next = Number(readSyncState(db, 'generation') ?? '0') + 1;
    writeSyncState(db, 'generation', String(next));
    writeSyncState(db, 'resync_gen', String(next));
    deleteSyncState(db, 'cursor');
  })();
}

export function resyncRunning(db: Db): boolean {
  return readSyncState(db, 'resync_gen') !== null;
}

/** After a pull that reached the end of the feed: remove what the bank no longer has. */
export function finishResync(db: Db): void {
  const gen = readSyncState(db, 'resync_gen');
  if (gen === null) return;
  db.transaction(() => {
    const g = Number(gen);
    db.prepare('DELETE FROM advisors WHERE sync_gen < ?').run(g);
    db.prepare('DELETE FROM products WHERE sync_gen < ?').run(g);
    db.prepare('DELETE FROM holdings WHERE sync_gen < ?').run(g);
    db.prepare(`DELETE FROM clients WHERE sync_gen < ? AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = 'client')`).run(g);
    db.prepare(`DELETE FROM interactions WHERE sync_gen < ? AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = 'interaction')`).run(g);
    db.prepare('DELETE FROM model_portfolios WHERE sync_gen < ?').run(g);
    db.prepare('DELETE FROM nav_series WHERE sync_gen < ?').run(g);
    // A report made here keeps its snapshot even if the bank lost the record: it can be reproduced and sent again.
    db.prepare(`DELETE FROM reports WHERE sync_gen < ? AND snapshot IS NULL AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = 'report')`).run(g);
    deleteSyncState(db, 'resync_gen');
  })();
}

import type { Db } from './types';

/** Keys of the `sync_state` table. */
/**
 * - cursor: the bank's change sequence we have applied up to
 * - generation: stamped on every synced row; a full re-sync moves to the next one
 * - resync_gen: set while a full re-sync runs, so a restart finishes it
 * - deferred_schema: index and trigger definitions dropped for a first sync, until rebuilt
 * - chat_cursor: the chat relay's position we have synced up to
 * - resume_secret: the hash of the secret that lets a restarted core take the session back
 * - report_numbers: this desk's code and its last report number per year (reports/reportNumber.ts)
 */
export type SyncStateKey = 'cursor' | 'last_sync_at' | 'refresh_token' | 'generation' | 'resync_gen' | 'deferred_schema' | 'chat_cursor' | 'resume_secret' | 'report_numbers';

export function readSyncState(db: Db, key: SyncStateKey): string | null {
  const row = db.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSyncState(db: Db, key: SyncStateKey, value: string): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteSyncState(db: Db, key: SyncStateKey): void {
  db.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
}

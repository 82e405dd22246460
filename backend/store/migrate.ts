import type Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Brings the schema up to date. All pending migrations run in one transaction, so a crash
 * leaves the old schema rather than half of a new one. A file written by a newer backend is
 * refused: guessing at an unknown schema could corrupt it.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`backend store schema version ${current} is newer than this backend supports (${latest}); use a newer backend or --reset`);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version is part of the database header, so it commits with the transaction.
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}

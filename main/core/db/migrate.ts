import { DbTooNewError } from './errors';
import type { Db, Migration } from './types';

/**
 * Brings the schema up to the newest migration. All pending steps run in one transaction with
 * the `user_version` bump, so a crash leaves either the old schema or the new one, never half.
 * Returns the versions applied.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number[] {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DbTooNewError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return pending.map((m) => m.version);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (!Number.isInteger(m.version) || m.version <= 0 || (previous && m.version <= previous.version)) {
      throw new Error(`Migrations must have increasing positive versions: ${m.name} (${m.version})`);
    }
  });
}

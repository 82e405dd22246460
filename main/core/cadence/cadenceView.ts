import type { Db } from '../db/types';

/**
 * 12-4-2-1 results per client for a scope (`year|asOf`), in a temporary table, so the roster can
 * filter and sort by status in SQL. Temporary: derived data, rebuilt on demand, never on disk.
 */
export function ensureCadenceView(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS cadence_view (
    scope TEXT NOT NULL, client_id TEXT NOT NULL, status TEXT NOT NULL,
    monthly TEXT NOT NULL, reviews TEXT NOT NULL, face_to_face TEXT NOT NULL, annual_report TEXT NOT NULL,
    PRIMARY KEY (scope, client_id)) WITHOUT ROWID`);
}

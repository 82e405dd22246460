import type { CadenceResult } from '../../../shared/cadence';
import type { Db } from '../db/types';
import { standingOf } from '../../../shared/cadence';

/**
 * 12-4-2-1 results per client for a scope (`year|asOf`), in a temporary table, so the roster can
 * filter and sort by status in SQL. Temporary: derived data, rebuilt on demand, never on disk.
 * Only CadenceService writes it (its `viewKey`), so what is here always matches its cache.
 */
export function ensureCadenceView(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS cadence_view (
    scope TEXT NOT NULL, client_id TEXT NOT NULL, status TEXT NOT NULL,
    monthly TEXT NOT NULL, reviews TEXT NOT NULL, face_to_face TEXT NOT NULL, annual_report TEXT NOT NULL,
    PRIMARY KEY (scope, client_id)) WITHOUT ROWID`);
}

export function writeCadenceView(db: Db, key: string, results: Map<string, CadenceResult>): void {
  updateCadenceView(db, key, [...results.keys()], results);
}

/** The rows of some clients, as `results` has them now (none for a client no longer there). */
export function updateCadenceView(db: Db, key: string, clientIds: readonly string[], results: Map<string, CadenceResult>): void {
  const insert = db.prepare('INSERT OR REPLACE INTO temp.cadence_view VALUES (?, ?, ?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM temp.cadence_view WHERE scope = ? AND client_id = ?');
  db.transaction(() => {
    for (const clientId of clientIds) {
      const r = results.get(clientId);
      if (r) insert.run(key, clientId, r.status, standingOf(r.monthly), standingOf(r.reviews), standingOf(r.faceToFace), standingOf(r.annualReport));
      else remove.run(key, clientId);
    }
  })();
}

export function dropCadenceView(db: Db, key: string): void {
  db.prepare('DELETE FROM temp.cadence_view WHERE scope = ?').run(key);
}

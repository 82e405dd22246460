import type { CadenceResult } from '../../../shared/cadence';
import type { Db } from '../db/types';
import { ensureCadenceView } from './cadenceView';
import type { CadenceScope } from './evaluateBook';
import type { BookTouches } from './evaluateBook';
import { evaluateLoaded, loadBookTouches } from './evaluateBook';
import { standingOf } from './standing';

/** The key of a scope in the roster's view of cadence results. */
export const scopeKey = (scope: CadenceScope) => `${scope.year}|${scope.asOf}`;

/**
 * The book's 12-4-2-1 results. The book's dates are read once and kept as instants; each scope
 * is evaluated once from them; both are dropped when the data changes (any change to clients,
 * interactions or reports). Results are also written to
 * temp.cadence_view, so the roster can filter and sort by status in SQL.
 */
export class CadenceBook {
  private cache = new Map<string, Map<string, CadenceResult>>();
  private loaded: BookTouches | null = null;
  private readonly insert;

  constructor(private readonly db: Db) {
    ensureCadenceView(db);
    this.insert = db.prepare('INSERT OR REPLACE INTO temp.cadence_view VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  /** The data behind the results changed: evaluate again when next asked. */
  invalidate(): void {
    this.loaded = null;
    this.forgetResults();
  }

  private forgetResults(): void {
    this.cache.clear();
    this.db.exec('DELETE FROM temp.cadence_view');
  }

  results(scope: CadenceScope): Map<string, CadenceResult> {
    const key = scopeKey(scope);
    let results = this.cache.get(key);
    if (!results) {
      this.loaded ??= loadBookTouches(this.db);
      results = evaluateLoaded(this.loaded, scope);
      // Keep a few scopes (this year as of today, and whatever the dashboard looks at).
      if (this.cache.size >= 4) this.forgetResults();
      this.cache.set(key, results);
      this.writeView(key, results);
    }
    return results;
  }

  private writeView(key: string, results: Map<string, CadenceResult>): void {
    this.db.transaction(() => {
      for (const [clientId, r] of results) {
        this.insert.run(key, clientId, r.status, standingOf(r.monthly), standingOf(r.reviews), standingOf(r.faceToFace), standingOf(r.annualReport));
      }
    })();
  }
}

import type { BookCadence, Worklist, YearPlan } from '../../../shared/api';
import type { DataTable } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import { formatDate, parseDate } from '../../../shared/time/zoned';
import type { ChangeNotifier } from '../changes/changeNotifier';
import type { Db } from '../db/types';
import type { DisposableStore } from '../lifecycle/disposables';
import { bankClock } from '../time/bankClock';
import { ensureCadenceView, writeCadenceView, dropCadenceView } from './cadenceView';
import type { BookTouches } from './evaluateBook';
import { evaluateBook, evaluateLoaded, loadBookTouches } from './evaluateBook';
import type { CadenceScope } from './scopes';
import { currentScope, scopeKey, scopeOf } from './scopes';
import { summarise } from './summarise';
import { worklist } from './worklist';
import { yearPlan, yearPlanIcs } from './yearPlan';

/** What 12-4-2-1 results are made of: a change to any of these makes them stale. */
const SOURCES: readonly DataTable[] = ['clients', 'interactions', 'reports'];
/** Scopes kept at once: this year as of today, and whatever the dashboard and its roster filter look at. */
const SCOPES_KEPT = 4;

export interface PlanRequest {
  year?: number | undefined;
  asOf?: string | undefined;
  dailyCap: number;
}

/**
 * The book's 12-4-2-1, owned in one place. The book's dates are read once and kept as instants;
 * each scope is evaluated once from them and kept (the least recently used of more than four is
 * dropped, alone); both are dropped when the core's change notifier names clients, interactions
 * or reports. The roster asks for a scope's `viewKey` before it filters or sorts by status in
 * SQL: that is what puts the scope's results in temp.cadence_view.
 */
export class CadenceService {
  private readonly results = new Map<string, Map<string, CadenceResult>>();
  private readonly viewed = new Set<string>();
  private loaded: BookTouches | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    changes: ChangeNotifier,
    owner: DisposableStore,
  ) {
    ensureCadenceView(db);
    owner.listen(changes.subscribe((tables) => tables.some((t) => SOURCES.includes(t)) && this.invalidate()));
  }

  /** Every client's results for a scope. */
  resultsFor(scope: CadenceScope): Map<string, CadenceResult> {
    const key = scopeKey(scope);
    let results = this.results.get(key);
    if (results) {
      // Most recently used last.
      this.results.delete(key);
    } else {
      this.loaded ??= loadBookTouches(this.db);
      results = evaluateLoaded(this.loaded, scope);
      this.evictBeyond(SCOPES_KEPT - 1);
    }
    this.results.set(key, results);
    return results;
  }

  /** This year as of today, for every client. */
  current(): Map<string, CadenceResult> {
    return this.resultsFor(currentScope(bankClock(this.now())));
  }

  /** One client's results: from the book's when they are at hand, else evaluated for that client alone. */
  resultOf(clientId: string, scope: CadenceScope = currentScope(bankClock(this.now()))): CadenceResult | undefined {
    return this.results.get(scopeKey(scope))?.get(clientId) ?? evaluateBook(this.db, scope, clientId).get(clientId);
  }

  /** Puts a scope's results in temp.cadence_view (once) and answers the key its rows carry there. */
  viewKey(scope: CadenceScope): string {
    const key = scopeKey(scope);
    const results = this.resultsFor(scope);
    if (!this.viewed.has(key)) {
      writeCadenceView(this.db, key, results);
      this.viewed.add(key);
    }
    return key;
  }

  book(input: { year?: number | undefined; asOf?: string | undefined }): BookCadence {
    const scope = scopeOf(input, this.now());
    return summarise(this.resultsFor(scope), scope);
  }

  worklist(asOf: string | undefined): Worklist {
    const today = asOf ? parseDate(asOf) : bankClock(this.now()).today;
    return worklist(this.db, this.resultsFor({ year: today.year, asOf: formatDate(today) }), today);
  }

  plan(input: PlanRequest): YearPlan {
    const scope = scopeOf(input, this.now());
    return yearPlan(this.db, this.resultsFor(scope), { year: scope.year, today: parseDate(scope.asOf), dailyCap: input.dailyCap });
  }

  planIcs(input: PlanRequest): { filename: string; content: string } {
    return yearPlanIcs(this.plan(input), this.now());
  }

  /** The data behind the results changed: evaluate again when next asked. */
  invalidate(): void {
    this.loaded = null;
    this.evictBeyond(0);
  }

  private evictBeyond(kept: number): void {
    while (this.results.size > kept) {
      const oldest = this.results.keys().next().value as string;
      this.results.delete(oldest);
      if (this.viewed.delete(oldest)) dropCadenceView(this.db, oldest);
    }
  }
}

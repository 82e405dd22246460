import type { BookCadence, DataTable, Worklist, YearPlan } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import { formatDate, parseDate } from '../../../shared/time/zoned';
import type { ChangeNotifier } from '../changes/changeNotifier';
import type { Db } from '../db/types';
import type { DisposableStore } from '../lifecycle/disposables';
import { bankClock } from '../time/bankClock';
import { copyTally, emptyTally, tally } from './bookTally';
import { dropCadenceView, ensureCadenceView, updateCadenceView, writeCadenceView } from './cadenceView';
import { DirtyClients } from './dirtyClients';
import type { BookTouches } from './evaluateBook';
import { evaluateBook, evaluateLoaded, evaluateLoadedClient, loadBookTouches, reloadClient } from './evaluateBook';
import type { CadenceScope } from './scopes';
import { currentScope, scopeKey, scopeOf } from './scopes';
import { worklist } from './worklist';
import { yearPlan, yearPlanIcs } from './yearPlan';

/** What 12-4-2-1 results are made of. */
const SOURCES: readonly DataTable[] = ['clients', 'interactions', 'reports'];
/** Scopes kept at once: this year as of today, and whatever the dashboard and its roster filter look at. */
const SCOPES_KEPT = 4;
/** More clients written than this since the last read (a sync page, a re-sync): reading the whole book again is cheaper. */
const RELOAD_BOOK_AT = 1_000;

export interface PlanRequest {
  year?: number | undefined;
  asOf?: string | undefined;
  dailyCap: number;
}

/** One scope's results per client, its dashboard counts, and whether the roster's view has it. */
interface ScopeState {
  scope: CadenceScope;
  results: Map<string, CadenceResult>;
  counts: BookCadence;
  viewed: boolean;
}

/**
 * The book's 12-4-2-1, owned in one place and kept up to date by difference. The book's dates are
 * read once and kept as instants; each scope is evaluated once from them, with its dashboard
 * counts. A write marks its client (DirtyClients, triggers on this connection); the next read
 * re-reads and re-evaluates only those clients and moves the counts by the difference. A new day
 * or year is a new scope, evaluated from the kept instants. At most four scopes are kept (the
 * least recently used is dropped, alone, with its rows). The roster asks for a scope's `viewKey`
 * before its SQL filters or sorts by status: that is what puts the scope's results in
 * temp.cadence_view, and keeps them there current.
 */
export class CadenceService {
  private readonly scopes = new Map<string, ScopeState>();
  private loaded: BookTouches | null = null;
  private readonly dirty: DirtyClients;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    changes: ChangeNotifier,
    owner: DisposableStore,
  ) {
    ensureCadenceView(db);
    this.dirty = new DirtyClients(db);
    // A burst of writes (a first sync, a re-sync) is cheaper read again whole than followed client by client.
    owner.listen(changes.subscribe((tables) => tables.some((t) => SOURCES.includes(t)) && this.loaded !== null && this.dirty.count() > RELOAD_BOOK_AT && this.invalidate()));
  }

  /** Every client's results for a scope. */
  resultsFor(scope: CadenceScope): Map<string, CadenceResult> {
    return this.state(scope).results;
  }

  /** This year as of today, for every client. */
  current(): Map<string, CadenceResult> {
    return this.resultsFor(currentScope(bankClock(this.now())));
  }

  /** One client's results: from the book's when they are at hand, else evaluated for that client alone. */
  resultOf(clientId: string, scope: CadenceScope = currentScope(bankClock(this.now()))): CadenceResult | undefined {
    if (!this.loaded) return evaluateBook(this.db, scope, clientId).get(clientId);
    const book = this.instants();
    return this.scopes.get(scopeKey(scope))?.results.get(clientId) ?? evaluateLoadedClient(book, clientId, scope);
  }

  /** Puts a scope's results in temp.cadence_view (once; later writes move only their rows) and answers the key its rows carry there. */
  viewKey(scope: CadenceScope): string {
    const key = scopeKey(scope);
    const state = this.state(scope);
    if (!state.viewed) {
      writeCadenceView(this.db, key, state.results);
      state.viewed = true;
    }
    return key;
  }

  book(input: { year?: number | undefined; asOf?: string | undefined }): BookCadence {
    return copyTally(this.state(scopeOf(input, this.now())).counts);
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

  /** Forget everything: the next read evaluates the book afresh. */
  invalidate(): void {
    this.loaded = null;
    this.dirty.stop();
    this.evictBeyond(0);
  }

  private state(scope: CadenceScope): ScopeState {
    const book = this.instants();
    const key = scopeKey(scope);
    let state = this.scopes.get(key);
    if (state) {
      // Most recently used last.
      this.scopes.delete(key);
    } else {
      const results = evaluateLoaded(book, scope);
      const counts = emptyTally(scope);
      for (const result of results.values()) tally(counts, result, 1);
      state = { scope, results, counts, viewed: false };
      this.evictBeyond(SCOPES_KEPT - 1);
    }
    this.scopes.set(key, state);
    return state;
  }

  /** The book's instants, current: read whole the first time, then the clients written since. */
  private instants(): BookTouches {
    if (!this.loaded) {
      // Noting starts before the read: nothing written after it can be missed.
      this.dirty.track();
      this.loaded = loadBookTouches(this.db);
      return this.loaded;
    }
    const ids = this.dirty.take();
    if (ids.length > RELOAD_BOOK_AT) {
      this.invalidate();
      return this.instants();
    }
    if (ids.length > 0) this.followWrites(this.loaded, ids);
    return this.loaded;
  }

  /** Re-reads the written clients and moves every kept scope by their difference. */
  private followWrites(book: BookTouches, ids: readonly string[]): void {
    for (const id of ids) reloadClient(book, this.db, id);
    for (const [key, state] of this.scopes) {
      for (const id of ids) {
        const before = state.results.get(id);
        const after = evaluateLoadedClient(book, id, state.scope);
        if (before) tally(state.counts, before, -1);
        if (after) {
          tally(state.counts, after, 1);
          state.results.set(id, after);
        } else {
          state.results.delete(id);
        }
      }
      if (state.viewed) updateCadenceView(this.db, key, ids, state.results);
    }
  }

  private evictBeyond(kept: number): void {
    while (this.scopes.size > kept) {
      const [oldest, state] = this.scopes.entries().next().value as [string, ScopeState];
      this.scopes.delete(oldest);
      if (state.viewed) dropCadenceView(this.db, oldest);
    }
  }
}

import { MAX_CHANGES_PAGE } from '../../../shared/wire';
import type { ChangesPage } from '../../../shared/wire';
import type { Db } from '../db/types';
import type { ChangeApplier, DataTable } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { readSyncState } from './syncState';
import { nextTurn } from '../lifecycle/nextTurn';

export interface PullOptions {
  db: Db;
  bank: BankClient;
  applier: ChangeApplier;
  /** Called before each request, so a refreshed token is used from the next page on. */
  accessToken: () => Promise<string>;
  /** Changes per page; the largest the bank allows by default, since each page is one commit. */
  pageSize?: number;
  now?: () => Date;
  /**
   * After each page is written: how many changes it applied, the tables they touched, and the
   * bank's count of changes still after it (`remaining`), or null from a bank that gives none.
   */
  onPage?: (applied: number, tables: DataTable[], remaining: number | null) => void;
}

export interface PullOutcome {
  applied: number;
  /** The bank said there is no more (an empty page claiming more ends the round, incomplete). */
  complete: boolean;
}

/**
 * Pulls the bank's change feed from the stored cursor until it says there is no more. Each page
 * is checked as a whole before anything is written: a page whose cursor or sequences go
 * backwards is refused, and nothing of it is applied. A page and its cursor are written in one
 * transaction; the next page is requested before that write, so the bank prepares it meanwhile.
 * (Grouping several pages per transaction was measured: fewer commits, but less overlap with
 * the bank, and slower overall.)
 */
export async function pullChanges(options: PullOptions): Promise<PullOutcome> {
  const now = options.now ?? (() => new Date());
  const pageSize = options.pageSize ?? MAX_CHANGES_PAGE;
  const fetchPage = async (cursor: string | null) => options.bank.changes(await options.accessToken(), cursor, pageSize);
  let cursor = readSyncState(options.db, 'cursor');
  let next: Promise<ChangesPage> | null = fetchPage(cursor);
  let applied = 0;
  for (;;) {
    const page: ChangesPage = await next;
    assertPageMovesForward(cursor, page);
    // An empty page that claims more would loop for ever: end this round without calling it complete.
    next = page.hasMore && page.changes.length > 0 ? fetchPage(page.cursor) : null;
    if (next) {
      next.catch(() => undefined); // awaited on the next turn; a failure then is reported there
      // Let the request leave before the synchronous write below holds the thread.
      await nextTurn();
    }
    const tables = options.applier.applyPage(page, now().toISOString());
    applied += page.changes.length;
    options.onPage?.(page.changes.length, tables, page.remaining ?? null);
    cursor = page.cursor;
    if (!next) return { applied, complete: !page.hasMore };
  }
}

export function assertPageMovesForward(cursor: string | null, page: ChangesPage): void {
  let last = cursor === null ? 0n : BigInt(cursor);
  for (const change of page.changes) {
    const seq = BigInt(change.seq);
    if (seq <= last) throw new BankError('bad_response', 'The bank sent changes out of order or older than the last sync; nothing was applied.');
    last = seq;
  }
  if (BigInt(page.cursor) < last) throw new BankError('bad_response', "The bank's sync cursor went backwards; nothing was applied.");
}

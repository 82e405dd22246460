import { MAX_CHANGES_PAGE } from '../../../shared/wire';
import type { ChangesPage } from '../../../shared/wire';
import type { Db } from '../db/types';
import type { ChangeApplier, DataTable } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { readSyncState } from '../db/syncState';
import type { PageFeed } from './feed/pageFeed';
import { inThreadFeed } from './feed/pageFeed';
import { workerFeed } from './feed/workerFeed';
import { pageSaysMore } from './feed/feedProtocol';

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
   * After each write: how many changes it applied, the tables they touched, and the bank's count
   * of changes still after its last page (`remaining`), or null from a bank that gives none.
   */
  onPage?: (applied: number, tables: DataTable[], remaining: number | null) => void;
  /** Asked after each write: true ends the pull there, incomplete (a re-sync waits for it). */
  stopAfterPage?: () => boolean;
  /**
   * The feed worker's bundle (feed/workerFeed.ts), for pulls with at least `workerFrom` changes
   * after their first page; without it every pull fetches on the core's thread.
   */
  feedWorker?: { file: string; workerFrom?: number } | null;
}

export interface PullOutcome {
  applied: number;
  /** The bank said there is no more (an empty page claiming more ends the round, incomplete). */
  complete: boolean;
}

/** The most changes written in one transaction when several pages are waiting (one commit, ~10k rows). */
const MAX_CHANGES_PER_WRITE = 10_000;

/**
 * Pulls the bank's change feed from the stored cursor until it says there is no more. Each page
 * is checked as a whole before anything is written: a page whose cursor or sequences go
 * backwards is refused, and nothing of it is applied. Pages and their cursor are written in one
 * transaction. The first page is fetched here; when the bank says much more follows (a first
 * sync, a re-sync), the rest come from the feed worker, which fetches and parses up to three
 * pages ahead while this thread writes, and the pages waiting when a write ends go in the next
 * one together (fewer commits, no wait). A short pull fetches the next page here before each write.
 */
export async function pullChanges(options: PullOptions): Promise<PullOutcome> {
  const now = options.now ?? (() => new Date());
  const pageSize = options.pageSize ?? MAX_CHANGES_PAGE;
  const fetchPage = async (cursor: string | null) => options.bank.changes(await options.accessToken(), cursor, pageSize);
  let cursor = readSyncState(options.db, 'cursor');
  let feed: PageFeed | null = null;
  let waiting: ChangesPage[] = [await fetchPage(cursor)];
  let applied = 0;
  try {
    for (;;) {
      const pages = takeWrite(waiting);
      waiting = waiting.slice(pages.length);
      for (const page of pages) {
        assertPageMovesForward(cursor, page);
        cursor = page.cursor;
      }
      const last = pages.at(-1) as ChangesPage;
      const more = pageSaysMore(last);
      if (more && !feed) feed = await openFeed(options, fetchPage, last, pageSize);
      const tables = options.applier.applyPages(pages, now().toISOString());
      const count = pages.reduce((sum, page) => sum + page.changes.length, 0);
      applied += count;
      options.onPage?.(count, tables, last.remaining ?? null);
      if (!more) return { applied, complete: !last.hasMore };
      if (options.stopAfterPage?.()) return { applied, complete: false };
      if (waiting.length === 0) waiting = await (feed as PageFeed).next();
    }
  } finally {
    feed?.close();
  }
}

/** The pages of the next write: the first waiting one, and those after it up to MAX_CHANGES_PER_WRITE. */
export function takeWrite(waiting: readonly ChangesPage[]): ChangesPage[] {
  const pages: ChangesPage[] = [];
  let changes = 0;
  for (const page of waiting) {
    if (pages.length > 0 && changes + page.changes.length > MAX_CHANGES_PER_WRITE) break;
    pages.push(page);
    changes += page.changes.length;
  }
  return pages;
}

/** The feed after the first page: the worker when much follows and one is built, else this thread. */
async function openFeed(options: PullOptions, fetchPage: (cursor: string) => Promise<ChangesPage>, first: ChangesPage, pageSize: number): Promise<PageFeed> {
  const worker = options.feedWorker;
  const long = first.remaining === undefined || first.remaining >= (worker?.workerFrom ?? 2 * pageSize);
  const here = (cursor: string) => inThreadFeed(fetchPage, cursor);
  if (worker && long) return workerFeed(worker.file, { baseUrl: options.bank.baseUrl, cursor: first.cursor, pageSize, accessToken: options.accessToken, fallback: here });
  return here(first.cursor);
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

import { DEFAULT_CHANGES_PAGE } from '../../../shared/wire';
import type { ChangesPage } from '../../../shared/wire';
import type { Db } from '../db/types';
import type { ChangeApplier, DataTable } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { readSyncState } from './syncState';

export interface PullOptions {
  db: Db;
  bank: BankClient;
  applier: ChangeApplier;
  /** Called before each request, so a refreshed token is used from the next page on. */
  accessToken: () => Promise<string>;
  pageSize?: number;
  now?: () => Date;
  onPage?: (applied: number, tables: DataTable[]) => void;
}

/**
 * Pulls the bank's change feed from the stored cursor until it says there is no more. Each page
 * is checked as a whole before anything is written: a page whose cursor or sequences go
 * backwards is refused, and nothing of it is applied. Returns the number of changes applied.
 */
export async function pullChanges(options: PullOptions): Promise<number> {
  const now = options.now ?? (() => new Date());
  let cursor = readSyncState(options.db, 'cursor');
  let applied = 0;
  for (;;) {
    const page = await options.bank.changes(await options.accessToken(), cursor, options.pageSize ?? DEFAULT_CHANGES_PAGE);
    assertPageMovesForward(cursor, page);
    const tables = options.applier.applyPage(page, now().toISOString());
    applied += page.changes.length;
    options.onPage?.(page.changes.length, tables);
    cursor = page.cursor;
    // An empty page that claims more would loop for ever: treat it as the end for this round.
    if (!page.hasMore || page.changes.length === 0) return applied;
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

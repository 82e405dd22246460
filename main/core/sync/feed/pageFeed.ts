import type { ChangesPage } from '../../../../shared/wire';
import { nextTurn } from '../../lifecycle/nextTurn';
import { pageSaysMore } from './feedProtocol';

/** The bank's change pages after a cursor, fetched ahead of the writes. */
export interface PageFeed {
  /** The pages fetched since the last call, in order: at least one (it waits for it). A failure throws its BankError. */
  next(): Promise<ChangesPage[]>;
  /** Stops fetching (the pull is over, or stopped); pages not taken are dropped. */
  close(): void;
}

/**
 * Pages fetched on the core's own thread, one ahead: the next page is requested before the
 * pages just taken are written, so the bank prepares it meanwhile. What a pull of a few pages
 * uses (a worker would cost more to start than it saves), and where no feed worker is built.
 */
export async function inThreadFeed(fetchPage: (cursor: string) => Promise<ChangesPage>, cursor: string): Promise<PageFeed> {
  let next: Promise<ChangesPage> | null = null;
  const request = (from: string) => {
    next = fetchPage(from);
    next.catch(() => undefined); // awaited by the next call; a failure is reported there
  };
  request(cursor);
  // Let the request leave before the synchronous write of the page before it holds the thread.
  await nextTurn();
  return {
    async next() {
      const page = await (next as Promise<ChangesPage>);
      next = null;
      if (pageSaysMore(page)) {
        request(page.cursor);
        await nextTurn();
      }
      return [page];
    },
    close() {
      next = null;
    },
  };
}

import { commitNormal } from './normalCommit';
import type { Db } from './types';

/**
 * Stores what the bank keeps too and gives again on request (a sync page with its cursor, the
 * chat relay's stored messages, acknowledgements and receipts) in one transaction whose commit
 * does not wait for the disk (commitNormal). A power cut may roll back the last of these commits,
 * and what it rolls back comes again: the cursor stored with it is older, a message without its
 * acknowledgement is sent again with the same id. Nothing syncs the disk after it: the next
 * synced commit or checkpoint carries it. A disk sync costs 0.3–1 ms here, which was most of a
 * chat round trip and of a sync page's commit.
 */
export function commitBankCopy<T>(db: Db, write: () => T): T {
  const done = commitNormal(db, write);
  return done ? done.value : db.transaction(write)();
}

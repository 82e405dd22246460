import type { Db } from './types';

/**
 * Stores what the bank keeps too and gives again on request (a sync page with its cursor, the
 * chat relay's stored messages, acknowledgements and receipts) in one transaction whose commit
 * does not wait for the disk: synchronous = NORMAL for this commit only. In WAL mode a power cut
 * may roll back the last of these commits, never corrupt the file, and what it rolls back comes
 * again: the cursor stored with it is older, a message without its acknowledgement is sent again
 * with the same id. The RM's own writes, which exist nowhere else, keep the book's FULL level.
 * A disk sync costs ~0.3 ms here, which was most of a chat round trip and of a sync page's commit.
 *
 * Inside another transaction it simply joins it (SQLite sets the level between transactions only).
 */
export function commitBankCopy<T>(db: Db, write: () => T): T {
  if (db.inTransaction) return write();
  // NORMAL is safe (never a corrupt file) only with the write-ahead log, which every book uses.
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return db.transaction(write)();
  const level = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return db.transaction(write)();
  } finally {
    db.pragma(`synchronous = ${level}`);
  }
}

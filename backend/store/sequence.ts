import type Database from 'better-sqlite3-multiple-ciphers';

/** Hands out the next change sequence number inside a write transaction. */
export type NextSeq = () => number;

export function readHeadSeq(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'seq'").get() as { value: number } | undefined;
  return row?.value ?? 0;
}

/**
 * Runs `fn` in one IMMEDIATE transaction with a sequence allocator. The counter lives in one
 * `meta` row and advances once per changed row, so every change has its own seq: a page of the
 * change feed can then end anywhere without splitting a group of rows that share a number.
 * The counter is read once and written once, which keeps a 200k-row seed fast, and the write
 * lock taken by IMMEDIATE means no other writer can hand out the same numbers.
 */
export function writeTransaction<T>(db: Database.Database, fn: (nextSeq: NextSeq) => T): T {
  return db
    .transaction(() => {
      const start = readHeadSeq(db);
      let seq = start;
      const result = fn(() => ++seq);
      if (seq !== start) db.prepare("UPDATE meta SET value = ? WHERE key = 'seq'").run(seq);
      return result;
    })
    .immediate();
}

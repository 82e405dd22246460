import type { Db } from './types';

interface Levels {
  wal: boolean;
  level: number;
}

/**
 * Per book, read once (chat stores a few of these commits per message). The settings themselves
 * cannot be prepared once: SQLite applies a PRAGMA when it compiles it.
 */
const levelsOf = new WeakMap<Db, Levels>();

function levels(db: Db): Levels {
  let found = levelsOf.get(db);
  if (!found) {
    // A book is put in WAL mode and at its level when opened and never leaves them.
    found = { wal: db.pragma('journal_mode', { simple: true }) === 'wal', level: db.pragma('synchronous', { simple: true }) as number };
    levelsOf.set(db, found);
  }
  return found;
}

/**
 * One transaction whose commit does not wait for the disk: synchronous = NORMAL for this commit
 * only, in WAL mode. The commit is in the write-ahead log (the OS holds it: a crash or kill of the
 * core loses nothing); only a power cut before the OS writes it out may roll it back, never
 * corrupt the file. Answers null, "not done", outside WAL, where NORMAL could corrupt: the
 * caller then commits at the book's own level.
 *
 * Inside another transaction the write simply joins it (SQLite sets the level between
 * transactions only); `joined` says so, the outer commit decides.
 */
export function commitNormal<T>(db: Db, write: () => T): { value: T; joined: boolean } | null {
  if (db.inTransaction) return { value: write(), joined: true };
  const { wal, level } = levels(db);
  if (!wal) return null;
  db.pragma('synchronous = NORMAL');
  try {
    return { value: db.transaction(write)(), joined: false };
  } finally {
    db.pragma(`synchronous = ${level}`);
  }
}

import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { log } from '../log';
import { DbUnreadableError } from './errors';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Db } from './types';

export interface OpenBookOptions {
  file: string;
  /** 32 random bytes; SQLCipher uses them as the raw key (no passphrase derivation). */
  key: Buffer;
  /** Path to a better_sqlite3.node built for the running ABI (Electron), when not Node's own. */
  nativeBinding?: string;
}

export interface OpenedBook {
  db: Db;
  /** True when the previous session did not close the file cleanly and `quick_check` ran. */
  checkedAfterUncleanExit: boolean;
  close(): void;
}

/**
 * Opens (or creates) an encrypted local database: key first, then a read that proves the key,
 * then the pragmas of ARCHITECTURE §3 and the migrations. A wrong key or a damaged file is a
 * DbUnreadableError; a file from a newer app is a DbTooNewError, left untouched.
 */
export function openBook(options: OpenBookOptions): OpenedBook {
  if (options.key.length !== 32) throw new Error('The database key must be 32 bytes.');
  const marker = `${options.file}.open`;
  const unclean = fs.existsSync(marker) && fs.existsSync(options.file);
  const db = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyKey(db, options.key);
    proveKey(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    // 64 MB of page cache: a first sync writes ~250k rows with random keys, which a small cache
    // turns into re-reading (and re-decrypting) the same pages over and over.
    db.pragma('cache_size = -65536');
    // Checkpoint the WAL every ~64 MB rather than every 4 MB: during a first sync the default
    // copies the same index pages into the file again and again (it was the largest cost). The
    // sync engine checkpoints after each pull, so the WAL does not stay large.
    db.pragma('wal_autocheckpoint = 16384');
    if (unclean) quickCheck(db, options.file);
    migrate(db, MIGRATIONS);
  } catch (error) {
    db.close();
    if (isDamage(error)) throw new DbUnreadableError(options.file);
    throw error;
  }
  fs.writeFileSync(marker, '');
  return {
    db,
    checkedAfterUncleanExit: unclean,
    close() {
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      fs.rmSync(marker, { force: true });
    },
  };
}

/** SQLite's ways of saying the file is not (or no longer) a database it can read. */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** A first read: a wrong key fails here, before any pragma writes to the file. */
function proveKey(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

function quickCheck(db: Db, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const ok = rows.length === 1 && rows[0]?.quick_check === 'ok';
  log.warn('db.quick_check', { ok });
  if (!ok) throw new DbUnreadableError(file);
}

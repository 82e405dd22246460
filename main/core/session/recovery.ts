import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/types';

/** An outbox row as it is carried from an unreadable book into its rebuilt successor. */
export interface RecoveredEntry {
  id: string;
  entity: string;
  entity_id: string;
  op: string;
  payload: string;
  base_version: number | null;
  created_at: string;
}

/**
 * Reads the unsent changes out of a book that no longer opens normally (damaged pages, a failed
 * quick_check), when its key still opens the outbox. Returns [] when nothing can be read (for
 * example the key itself is lost): those changes are beyond reach without that key.
 */
export function readOutboxOfUnreadableBook(file: string, key: Buffer, nativeBinding?: string): RecoveredEntry[] {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    return db
      .prepare(`SELECT id, entity, entity_id, op, payload, base_version, created_at FROM outbox WHERE status <> 'done' ORDER BY seq`)
      .all() as RecoveredEntry[];
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

/**
 * Keeps a copy of recovered changes beside the data, encrypted with the database key
 * (AES-256-GCM) and readable only by the owner, before anything else happens to them.
 */
export function exportRecoveredEntries(dataDir: string, key: Buffer, entries: readonly RecoveredEntry[], at: Date): string {
  const dir = path.join(dataDir, 'recovered');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(entries), 'utf8'), cipher.final()]);
  const file = path.join(dir, `outbox-${at.toISOString().replace(/[:.]/g, '-')}.enc`);
  fs.writeFileSync(file, Buffer.concat([iv, cipher.getAuthTag(), body]), { mode: 0o600 });
  return file;
}

/** Puts recovered changes back into the rebuilt book's outbox; their ids keep them idempotent. */
export function requeueRecoveredEntries(db: Db, entries: readonly RecoveredEntry[]): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outbox (id, entity, entity_id, op, payload, base_version, created_at) VALUES (@id, @entity, @entity_id, @op, @payload, @base_version, @created_at)`,
  );
  return db.transaction(() => entries.reduce((n, entry) => n + insert.run(entry).changes, 0))();
}

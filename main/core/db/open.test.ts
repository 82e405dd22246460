import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../testing/tempDir';
import { DbTooNewError, DbUnreadableError } from './errors';
import { MIGRATIONS } from './migrations';
import { openBook } from './open';

const key = crypto.randomBytes(32);
let cleanup = () => {};
afterEach(() => cleanup());

function tempFile(): string {
  const temp = makeTempDir('db');
  cleanup = temp.cleanup;
  return path.join(temp.dir, 'book.db');
}

describe('openBook', () => {
  it('creates an encrypted database with the pragmas of ARCHITECTURE §3 and the whole schema', () => {
    const file = tempFile();
    const book = openBook({ file, key });
    expect(book.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(book.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(book.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(book.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    const tables = (book.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['advisors', 'clients', 'holdings', 'products', 'interactions', 'reports', 'chat_messages', 'outbox', 'sync_state', 'audit_log', 'local_credentials']),
    );
    book.close();
  });

  it('keeps client data unreadable on disk without the key', () => {
    const file = tempFile();
    const book = openBook({ file, key });
    book.db
      .prepare(`INSERT INTO sync_state (key, value) VALUES ('cursor', ?)`)
      .run('CANARY-客户-张三丰');
    book.close();
    for (const f of [file, `${file}-wal`]) {
      if (fs.existsSync(f)) expect(fs.readFileSync(f).includes(Buffer.from('CANARY'))).toBe(false);
    }
    const again = openBook({ file, key });
    expect(again.db.prepare(`SELECT value FROM sync_state`).get()).toEqual({ value: 'CANARY-客户-张三丰' });
    again.close();
  });

  it('refuses a wrong key with DbUnreadableError and leaves the file as it was', () => {
    const file = tempFile();
    openBook({ file, key }).close();
    const before = fs.readFileSync(file);
    expect(() => openBook({ file, key: crypto.randomBytes(32) })).toThrow(DbUnreadableError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file with DbUnreadableError', () => {
    const file = tempFile();
    fs.writeFileSync(file, crypto.randomBytes(8192));
    expect(() => openBook({ file, key })).toThrow(DbUnreadableError);
  });

  it('refuses a database written by a newer app, naming both versions, and does not touch it', () => {
    const file = tempFile();
    const book = openBook({ file, key });
    book.db.pragma('user_version = 9990');
    book.close();
    const before = fs.readFileSync(file);
    expect(() => openBook({ file, key })).toThrow(DbTooNewError);
    expect(() => openBook({ file, key })).toThrow(/schema version 9990.*up to \d+/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('runs quick_check after an unclean exit', () => {
    const file = tempFile();
    const book = openBook({ file, key });
    book.db.close(); // closed without book.close(): the open-marker stays, as after a crash
    const reopened = openBook({ file, key });
    expect(reopened.checkedAfterUncleanExit).toBe(true);
    reopened.close();
    const clean = openBook({ file, key });
    expect(clean.checkedAfterUncleanExit).toBe(false);
    clean.close();
  });
});

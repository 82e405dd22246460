import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../testing/tempDir';
import { commitBankCopy } from './bankCopyCommit';
import { openBook } from './open';

const temp = makeTempDir('bank-copy-commit');
afterAll(() => temp.cleanup());

const FULL = 2;
const NORMAL = 1;

describe('a commit of what the bank gives again', () => {
  it('commits without the disk wait and leaves the book at FULL, also when the write throws; inside a transaction it joins it', () => {
    const book = openBook({ file: temp.file('book.db'), key: crypto.randomBytes(32) });
    try {
      const { db } = book;
      db.exec('CREATE TABLE t (v INTEGER)');
      const level = () => db.pragma('synchronous', { simple: true });
      expect(commitBankCopy(db, () => (db.prepare('INSERT INTO t VALUES (1)').run(), level()))).toBe(NORMAL);
      expect(level()).toBe(FULL);
      expect(() => commitBankCopy(db, () => (db.prepare('INSERT INTO t VALUES (2)').run(), db.prepare('INSERT INTO nowhere VALUES (1)').run()))).toThrow(/no such table/);
      expect(level()).toBe(FULL);
      // Rolled back as one transaction: the first insert of the failed write is gone.
      expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual([1]);
      db.transaction(() => {
        expect(commitBankCopy(db, () => (db.prepare('INSERT INTO t VALUES (3)').run(), level()))).toBe(FULL);
      })();
      expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    } finally {
      book.close();
    }
  });
});

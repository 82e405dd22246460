import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../../testing/tempDir';
import { openBook } from './open';
import { WalSync } from './walSync';

const temp = makeTempDir('wal-sync');
afterAll(() => temp.cleanup());
afterEach(() => vi.restoreAllMocks());

const FULL = 2;
const NORMAL = 1;

function book(name: string) {
  const opened = openBook({ file: temp.file(`${name}.db`), key: crypto.randomBytes(32) });
  opened.db.exec('CREATE TABLE t (v INTEGER)');
  return opened;
}

describe('a write whose disk sync follows its answer', () => {
  it('commits at NORMAL, leaves the book at FULL, and syncs the log on the pool after the answer', async () => {
    const opened = book('answer-first');
    const sync = new WalSync(opened.db);
    const fsyncs = vi.spyOn(fs, 'fsync');
    try {
      const level = () => opened.db.pragma('synchronous', { simple: true });
      const seen = sync.commit(() => (opened.db.prepare('INSERT INTO t VALUES (1)').run(), level()));
      expect(seen).toBe(NORMAL);
      expect(level()).toBe(FULL);
      // Asked, not yet done: the answer came first.
      expect(fsyncs).toHaveBeenCalledTimes(1);
      await sync.settled();
      expect(opened.db.prepare('SELECT v FROM t').pluck().all()).toEqual([1]);
    } finally {
      sync.dispose();
      opened.close();
    }
  });

  it('turns a burst into at most two syncs, and everything of it is written when settled', async () => {
    const opened = book('burst');
    const sync = new WalSync(opened.db);
    const fsyncs = vi.spyOn(fs, 'fsync');
    try {
      for (let i = 0; i < 100; i++) sync.commit(() => opened.db.prepare('INSERT INTO t VALUES (?)').run(i));
      await sync.settled();
      expect(fsyncs.mock.calls.length).toBeGreaterThanOrEqual(1);
      expect(fsyncs.mock.calls.length).toBeLessThanOrEqual(2);
      expect(opened.db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(100);
    } finally {
      sync.dispose();
      opened.close();
    }
  });

  it('joins a transaction already open, and rolls back as one when the write throws', () => {
    const opened = book('joins');
    const sync = new WalSync(opened.db);
    const fsyncs = vi.spyOn(fs, 'fsync');
    try {
      expect(() => sync.commit(() => (opened.db.prepare('INSERT INTO t VALUES (1)').run(), opened.db.prepare('INSERT INTO nowhere VALUES (1)').run()))).toThrow(/no such table/);
      expect(opened.db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
      expect(opened.db.pragma('synchronous', { simple: true })).toBe(FULL);
      opened.db.transaction(() => {
        expect(sync.commit(() => opened.db.pragma('synchronous', { simple: true }))).toBe(FULL);
      })();
      // Neither the failed write nor the joined one asks for a sync of its own.
      expect(fsyncs).not.toHaveBeenCalled();
    } finally {
      sync.dispose();
      opened.close();
    }
  });

  it('after a sync fails, says so and commits every later write at FULL', async () => {
    const opened = book('fails');
    const sync = new WalSync(opened.db);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(fs, 'fsync').mockImplementation(((_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
      const error: NodeJS.ErrnoException = new Error('EIO: i/o error');
      error.code = 'EIO';
      setImmediate(() => done(error));
    }) as typeof fs.fsync);
    try {
      const level = () => opened.db.pragma('synchronous', { simple: true });
      expect(sync.commit(level)).toBe(NORMAL);
      await sync.settled();
      expect(stderr.mock.calls.some(([line]) => String(line).includes('db.wal_sync_failed'))).toBe(true);
      expect(sync.commit(level)).toBe(FULL);
    } finally {
      sync.dispose();
      opened.close();
    }
  });

  it('commits at FULL once disposed (the book is closing)', () => {
    const opened = book('disposed');
    const sync = new WalSync(opened.db);
    sync.commit(() => opened.db.prepare('INSERT INTO t VALUES (1)').run());
    sync.dispose();
    try {
      expect(sync.commit(() => opened.db.pragma('synchronous', { simple: true }))).toBe(FULL);
    } finally {
      opened.close();
    }
  });
});

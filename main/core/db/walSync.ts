import fs from 'node:fs';
import type { Disposable } from '../lifecycle/disposables';
import { errorKind, log } from '../log';
import { commitNormal } from './normalCommit';
import type { Db } from './types';

/**
 * Writes whose answer must not wait for the disk, yet which must reach it at once: the commit
 * is NORMAL (in the write-ahead log, which the OS holds; a killed core loses nothing), and the
 * log is flushed right after with fsync on libuv's pool, so the core's thread answers and goes on
 * (sends the chat message) while the disk syncs. What a power cut can take is the last
 * millisecond, the same as at FULL a millisecond earlier, except that the answer was already
 * given. Requests while a flush runs are one more flush after it: a burst costs two disk syncs,
 * not one each.
 *
 * The WAL file keeps its inode while the book is open (a checkpoint rewinds or truncates it, it
 * does not replace it), so one descriptor serves the whole session. If it cannot be opened or a
 * flush fails, this says so once and every later write commits FULL again.
 */
export class WalSync implements Disposable {
  private fd: number | null = null;
  private usable = true;
  private running = false;
  private again = false;
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly db: Db) {}

  /** Runs `write` in one transaction; the disk sync follows the answer. */
  commit<T>(write: () => T): T {
    if (!this.usable || this.closed) return this.db.transaction(write)();
    const done = commitNormal(this.db, write);
    if (!done) return this.db.transaction(write)();
    if (!done.joined) this.request();
    return done.value;
  }

  /** Resolves once every commit made before the call is on the disk (for close and tests). */
  settled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    this.again = true;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.fd === null) return;
    // The book's close checkpoints (and so syncs) the log after this; a flush still running has
    // entered the kernel with its own reference to the file.
    fs.closeSync(this.fd);
    this.fd = null;
  }

  private request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    const fd = this.descriptor();
    if (fd === null) return;
    this.running = true;
    this.again = false;
    fs.fsync(fd, (error) => {
      this.running = false;
      // After a failure the next commit is FULL, whose sync carries what this one did not.
      if (error && !this.closed) this.giveUp('db.wal_sync_failed', error);
      if (this.again && this.usable && !this.closed) return this.request();
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
    });
  }

  private descriptor(): number | null {
    if (this.fd !== null) return this.fd;
    try {
      this.fd = fs.openSync(`${this.db.name}-wal`, 'r');
      return this.fd;
    } catch (error) {
      this.giveUp('db.wal_open_failed', error);
      // This commit is in the log but not yet on the disk: sync it the way FULL would have.
      this.db.pragma('wal_checkpoint(PASSIVE)');
      return null;
    }
  }

  private giveUp(event: string, error: unknown): void {
    if (!this.usable) return;
    this.usable = false;
    log.error(event, { error: errorKind(error) });
  }
}

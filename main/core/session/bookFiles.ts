import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api';
import { DbTooNewError, DbUnreadableError } from '../db/errors';
import type { OpenedBook } from '../db/open';
import { openBook } from '../db/open';
import type { KeyProvider } from '../keys/keyProvider';
import { errorKind, log } from '../log';
import { bookFile } from './bookFile';
import { exportRecoveredEntries, readOutboxOfUnreadableBook, requeueRecoveredEntries } from './recovery';

export interface BookFilesDeps {
  dataDir: string;
  keyProvider: KeyProvider;
  nativeBinding?: string | undefined;
  now: () => Date;
}

/**
 * The advisors' encrypted book files on this computer: find, open, and (when one can no longer be
 * read) set it aside and start a new one, carrying its readable unsent changes over.
 */
export class BookFiles {
  constructor(private readonly deps: BookFilesDeps) {}

  exists(username: string): boolean {
    return fs.existsSync(bookFile(this.deps.dataDir, username));
  }

  open(username: string): OpenedBook {
    return this.openFile(bookFile(this.deps.dataDir, username));
  }

  /** Runs `work` on the book if there is one, closing it after; a book that will not open is logged, not thrown. */
  withExisting(username: string, work: (book: OpenedBook) => void): void {
    if (!this.exists(username)) return;
    let book: OpenedBook | undefined;
    try {
      book = this.open(username);
      work(book);
    } catch (error) {
      log.warn('session.book_not_opened', { kind: errorKind(error) });
    } finally {
      book?.close();
    }
  }

  /**
   * Online, an unreadable local copy costs no bank data: its unsent changes are read out when
   * its key still can (kept encrypted beside the data and queued again), the file is set aside,
   * never deleted, and the cache is rebuilt from the bank. `recovered` is null when nothing
   * needed rebuilding.
   */
  openOrRebuild(username: string): { book: OpenedBook; recovered: number | null } {
    const file = bookFile(this.deps.dataDir, username);
    try {
      return { book: this.openFile(file), recovered: null };
    } catch (error) {
      if (!(error instanceof DbUnreadableError)) throw error;
      const key = this.deps.keyProvider.getKey();
      const entries = readOutboxOfUnreadableBook(file, key, this.deps.nativeBinding);
      if (entries.length > 0) exportRecoveredEntries(this.deps.dataDir, key, entries, this.deps.now());
      this.setAside(file);
      log.warn('db.rebuilt_unreadable_book', { kind: errorKind(error), recovered: entries.length });
      const book = this.openFile(file);
      requeueRecoveredEntries(book.db, entries);
      return { book, recovered: entries.length };
    }
  }

  private setAside(file: string): void {
    const aside = `${file}.unreadable-${this.deps.now().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    fs.rmSync(`${file}.open`, { force: true });
  }

  private openFile(file: string): OpenedBook {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      return openBook({ file, key: this.deps.keyProvider.getKey(), ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {}) });
    } catch (error) {
      if (error instanceof DbTooNewError) throw new AppError('session.book_too_new');
      throw error;
    }
  }
}

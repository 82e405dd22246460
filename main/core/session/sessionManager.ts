import fs from 'node:fs';
import path from 'node:path';
import type { SessionInfo } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { TokenResponse } from '../../../shared/wire';
import { DbTooNewError, DbUnreadableError } from '../db/errors';
import type { OpenedBook } from '../db/open';
import { openBook } from '../db/open';
import type { CoreEvents } from '../events';
import type { KeyProvider } from '../keys/keyProvider';
import { errorKind, log } from '../log';
import { createRosterQueries } from '../roster/rosterPage';
import type { RosterQueries } from '../roster/rosterPage';
import { createChangeApplier } from '../sync/applyChanges';
import type { BankClient } from '../sync/bankClient';
import { BankError } from '../sync/bankClient';
import { SyncEngine } from '../sync/syncEngine';
import { readAdvisor } from './advisorRecord';
import { bookFile } from './bookFile';
import { checkRememberedPassword, rememberPassword } from './credentials';
import { TokenKeeper } from './tokenKeeper';

export interface SessionDeps {
  dataDir: string;
  keyProvider: KeyProvider;
  bank: BankClient;
  events: CoreEvents;
  now: () => Date;
  syncIntervalMs: number;
  nativeBinding?: string | undefined;
}

/** What exists only while an advisor is signed in: their open book and its sync. */
export interface ActiveSession {
  info: SessionInfo;
  book: OpenedBook;
  tokens: TokenKeeper;
  sync: SyncEngine;
  roster: RosterQueries;
}

/**
 * Sign-in, offline unlock and sign-out. Online, the bank checks the password and the desk keeps
 * a salted hash for later; when the bank is unreachable, that hash unlocks the local copy.
 * Calls are serialised so two sign-ins cannot open the same book twice.
 */
export class SessionManager {
  private active: ActiveSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SessionDeps) {}

  info(): SessionInfo | null {
    return this.active?.info ?? null;
  }

  /** The signed-in session, or an UNAUTHORIZED error for handlers that need one. */
  require(): ActiveSession {
    if (!this.active) throw new AppError('UNAUTHORIZED', 'Sign in first.');
    return this.active;
  }

  login(username: string, password: string): Promise<SessionInfo> {
    return this.serialise(async () => {
      await this.endSession();
      const tokens = await this.tryBankLogin(username, password);
      const session = tokens ? this.openOnline(username, password, tokens) : this.openOffline(username, password);
      this.active = session;
      session.sync.start();
      log.info('session.signed_in', { mode: session.info.mode });
      this.deps.events.emit('session:changed', session.info);
      return session.info;
    });
  }

  logout(): Promise<void> {
    return this.serialise(async () => {
      this.active?.tokens.clear();
      await this.endSession();
    });
  }

  close(): Promise<void> {
    return this.serialise(() => this.endSession());
  }

  private async tryBankLogin(username: string, password: string): Promise<TokenResponse | null> {
    try {
      return await this.deps.bank.login({ username, password });
    } catch (error) {
      if (!(error instanceof BankError)) throw error;
      if (error.kind === 'network' || error.kind === 'server') return null;
      if (error.kind === 'unauthorized') throw new AppError('UNAUTHORIZED', 'Wrong username or password.');
      if (error.kind === 'rejected') throw new AppError('VALIDATION', error.message);
      throw new AppError('INTERNAL', `Sign-in failed: ${error.message}`);
    }
  }

  private openOnline(username: string, password: string, tokens: TokenResponse): ActiveSession {
    const file = bookFile(this.deps.dataDir, username);
    const book = this.openOrRebuild(file);
    try {
      const applier = createChangeApplier(book.db);
      const at = this.deps.now().toISOString();
      book.db.transaction(() => {
        applier.saveAdvisor(tokens.advisor);
        rememberPassword(book.db, username, tokens.advisor.id, password, at);
      })();
      const session = this.assemble(book, { advisor: tokens.advisor, mode: 'online' });
      session.tokens.accept(tokens);
      return session;
    } catch (error) {
      book.close();
      throw error;
    }
  }

  private openOffline(username: string, password: string): ActiveSession {
    const file = bookFile(this.deps.dataDir, username);
    if (!fs.existsSync(file)) {
      throw new AppError(
        'OFFLINE',
        'The bank cannot be reached and this computer has no saved copy for this user. The first sign-in needs a connection to the bank.',
      );
    }
    const book = this.open(file);
    const advisorId = checkRememberedPassword(book.db, username, password);
    const advisor = advisorId === null ? null : readAdvisor(book.db, advisorId);
    if (!advisor) {
      book.close();
      throw new AppError('UNAUTHORIZED', 'Wrong username or password.');
    }
    const session = this.assemble(book, { advisor, mode: 'offline' });
    session.tokens.signInWhenReachable(() => this.deps.bank.login({ username: advisor.username, password }));
    return session;
  }

  private assemble(book: OpenedBook, info: SessionInfo): ActiveSession {
    const { bank, events, now, syncIntervalMs } = this.deps;
    const tokens = new TokenKeeper(bank, book.db, now);
    const sync = new SyncEngine({ db: book.db, bank, tokens, events, intervalMs: syncIntervalMs, now });
    return { info, book, tokens, sync, roster: createRosterQueries(book.db) };
  }

  private open(file: string): OpenedBook {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      return openBook({ file, key: this.deps.keyProvider.getKey(), ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {}) });
    } catch (error) {
      if (error instanceof DbTooNewError) throw new AppError('INTERNAL', error.message);
      throw error;
    }
  }

  /**
   * Online, an unreadable local copy is no loss of bank data: set it aside (never delete it)
   * and rebuild the cache from the bank.
   */
  private openOrRebuild(file: string): OpenedBook {
    try {
      return this.open(file);
    } catch (error) {
      if (!(error instanceof DbUnreadableError)) throw error;
      const aside = `${file}.unreadable-${this.deps.now().toISOString().replace(/[:.]/g, '-')}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
      }
      fs.rmSync(`${file}.open`, { force: true });
      log.warn('db.rebuilt_unreadable_book', { kind: errorKind(error) });
      return this.open(file);
    }
  }

  private async endSession(): Promise<void> {
    const session = this.active;
    if (!session) return;
    this.active = null;
    await session.sync.stop();
    session.book.close();
    this.deps.events.emit('session:changed', null);
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

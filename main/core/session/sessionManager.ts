import fs from 'node:fs';
import path from 'node:path';
import type { SessionInfo } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { TokenResponse } from '../../../shared/wire';
import { recordAudit } from '../audit/audit';
import { DbTooNewError, DbUnreadableError } from '../db/errors';
import type { OpenedBook } from '../db/open';
import { openBook } from '../db/open';
import type { CoreEvents } from '../events';
import type { KeyProvider } from '../keys/keyProvider';
import { errorKind, log } from '../log';
import { createRosterQueries } from '../roster/rosterPage';
import { CadenceBook } from '../cadence/cadenceBook';
import { currentScope } from '../cadence/scopes';
import { ChatDesk } from '../chat/chatDesk';
import { ReportDesk } from '../reports/reportDesk';
import type { ReportRendering } from '../reports/reportRendering';
import { rosterClock } from '../roster/rosterClock';
import type { RosterQueries } from '../roster/rosterPage';
import type { ClientSearch } from '../search/clientSearch';
import { createClientSearch } from '../search/clientSearch';
import type { BankClient } from '../sync/bankClient';
import { BankError } from '../sync/bankClient';
import type { BackoffPolicy } from '../sync/backoff';
import type { Checkpoint } from '../sync/checkpoints';
import { SyncEngine } from '../sync/syncEngine';
import { readAdvisor } from './advisorRecord';
import { bookFile } from './bookFile';
import { checkRememberedPassword, rememberPassword } from './credentials';
import { clearFailedAttempts, lockedUntil, noteFailedAttempt } from './lockout';
import { exportRecoveredEntries, readOutboxOfUnreadableBook, requeueRecoveredEntries } from './recovery';
import { TokenKeeper } from './tokenKeeper';

export interface SessionDeps {
  dataDir: string;
  keyProvider: KeyProvider;
  bank: BankClient;
  events: CoreEvents;
  now: () => Date;
  syncIntervalMs: number;
  autoLockMs: number;
  backoff?: BackoffPolicy | undefined;
  nativeBinding?: string | undefined;
  pageSize?: number | undefined;
  checkpoint?: Checkpoint | undefined;
  reportRendering: ReportRendering;
}

/** What exists only while an advisor is signed in: their open book and its sync. */
export interface ActiveSession {
  info: SessionInfo;
  username: string;
  book: OpenedBook;
  tokens: TokenKeeper;
  sync: SyncEngine;
  roster: RosterQueries;
  search: ClientSearch;
  cadence: CadenceBook;
  reports: ReportDesk;
  chat: ChatDesk;
  lastActivity: number;
  /** Undoes what the session hooked up (event subscriptions). */
  dispose: () => void;
}

/** How often the idle check runs; auto-lock happens within this of the idle limit. */
const IDLE_CHECK_MS = 5_000;

/**
 * Sign-in, offline unlock, auto-lock and sign-out. Online, the bank checks the password and the
 * desk keeps a salted hash for later; when the bank is unreachable, that hash unlocks the local
 * copy. Five wrong passwords lock the local copy for a while. Calls are serialised so two
 * sign-ins cannot open the same book twice.
 */
export class SessionManager {
  private active: ActiveSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: SessionDeps) {}

  info(): SessionInfo | null {
    return this.active?.info ?? null;
  }

  /** The signed-in, unlocked session, for handlers that touch client data. */
  require(): ActiveSession {
    const session = this.requireSignedIn();
    if (session.info.locked) throw new AppError('session.locked');
    return session;
  }

  /** The signed-in session even while locked, for what shows no client data (sync status). */
  requireSignedIn(): ActiveSession {
    if (!this.active) throw new AppError('session.not_signed_in');
    return this.active;
  }

  login(username: string, password: string): Promise<SessionInfo> {
    return this.serialise(async () => {
      await this.endSession();
      const tokens = await this.tryBankLogin(username, password);
      const session = tokens ? this.openOnline(username, password, tokens) : this.openOffline(username, password);
      this.active = session;
      session.sync.start();
      this.startIdleCheck();
      log.info('session.signed_in', { mode: session.info.mode });
      this.deps.events.emit('session:changed', session.info);
      return session.info;
    });
  }

  logout(): Promise<void> {
    return this.serialise(async () => {
      const session = this.active;
      if (session) {
        recordAudit(session.book.db, { actor: session.info.advisor.id, action: 'sign_out', at: this.nowIso() });
        session.tokens.clear();
      }
      await this.endSession();
    });
  }

  close(): Promise<void> {
    return this.serialise(() => this.endSession());
  }

  /** The RM did something: the idle clock starts again. */
  activity(): void {
    if (this.active && !this.active.info.locked) this.active.lastActivity = this.deps.now().getTime();
  }

  lock(reason: 'idle' | 'manual'): void {
    const session = this.active;
    if (!session || session.info.locked) return;
    recordAudit(session.book.db, { actor: session.info.advisor.id, action: 'auto_lock', details: { reason }, at: this.nowIso() });
    this.setLocked(session, true);
  }

  unlock(password: string): Promise<SessionInfo> {
    return this.serialise(async () => {
      const session = this.requireSignedIn();
      if (!session.info.locked) return session.info;
      const { db } = session.book;
      this.assertNotLockedOut(db, session.username);
      if (checkRememberedPassword(db, session.username, password) === null) return this.countFailure(db, session.username, session.info.advisor.id, 'unlock_failed');
      clearFailedAttempts(db, session.username);
      recordAudit(db, { actor: session.info.advisor.id, action: 'unlock', at: this.nowIso() });
      session.lastActivity = this.deps.now().getTime();
      this.setLocked(session, false);
      return session.info;
    });
  }

  private setLocked(session: ActiveSession, locked: boolean): void {
    session.info = { ...session.info, locked };
    this.deps.events.emit('session:locked', { locked });
    this.deps.events.emit('session:changed', session.info);
  }

  private async tryBankLogin(username: string, password: string): Promise<TokenResponse | null> {
    try {
      return await this.deps.bank.login({ username, password });
    } catch (error) {
      if (!(error instanceof BankError)) throw error;
      if (error.kind === 'network' || error.kind === 'server') return null;
      if (error.kind === 'unauthorized') {
        this.countFailureInBook(username);
        throw new AppError('session.wrong_password');
      }
      if (error.kind === 'rejected') throw new AppError('session.bank_refused_sign_in');
      throw new AppError('session.sign_in_failed');
    }
  }

  private openOnline(username: string, password: string, tokens: TokenResponse): ActiveSession {
    const file = bookFile(this.deps.dataDir, username);
    const { book, recovered } = this.openOrRebuild(file);
    try {
      const session = this.assemble(book, username, { advisor: tokens.advisor, mode: 'online', locked: false, cacheRebuilt: recovered === null ? null : { recoveredChanges: recovered } });
      const at = this.nowIso();
      book.db.transaction(() => {
        session.sync.applier.saveAdvisor(tokens.advisor);
        rememberPassword(book.db, username, tokens.advisor.id, password, at);
        clearFailedAttempts(book.db, username);
        if (recovered !== null) recordAudit(book.db, { actor: tokens.advisor.id, action: 'cache_rebuilt', details: { recovered }, at });
        recordAudit(book.db, { actor: tokens.advisor.id, action: 'sign_in', at });
      })();
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
      throw new AppError('session.no_offline_copy');
    }
    const book = this.open(file);
    try {
      this.assertNotLockedOut(book.db, username);
      const advisorId = checkRememberedPassword(book.db, username, password);
      const advisor = advisorId === null ? null : readAdvisor(book.db, advisorId);
      if (!advisor) return this.countFailure(book.db, username, advisorId, 'sign_in_failed');
      clearFailedAttempts(book.db, username);
      recordAudit(book.db, { actor: advisor.id, action: 'sign_in_offline', at: this.nowIso() });
      const session = this.assemble(book, username, { advisor, mode: 'offline', locked: false, cacheRebuilt: null });
      session.tokens.signInWhenReachable(() => this.deps.bank.login({ username: advisor.username, password }));
      return session;
    } catch (error) {
      book.close();
      throw error;
    }
  }

  private assertNotLockedOut(db: OpenedBook['db'], username: string): void {
    const until = lockedUntil(db, username, this.deps.now());
    if (until) throw new AppError('session.locked_out', { until: until.toISOString() });
  }

  /** A wrong password: counted, audited, and a lock-out once there are too many. Always throws. */
  private countFailure(db: OpenedBook['db'], username: string, actor: string | null, action: 'sign_in_failed' | 'unlock_failed'): never {
    const at = this.nowIso();
    const until = noteFailedAttempt(db, username, this.deps.now());
    recordAudit(db, { actor, action, at });
    if (until) {
      recordAudit(db, { actor, action: 'locked_out', at });
      throw new AppError('session.locked_out', { until: until.toISOString() });
    }
    throw new AppError('session.wrong_password');
  }

  /** The bank refused the password: count it against this computer's copy too, if there is one. */
  private countFailureInBook(username: string): void {
    const file = bookFile(this.deps.dataDir, username);
    if (!fs.existsSync(file) || this.active) return;
    let book: OpenedBook | undefined;
    try {
      book = this.open(file);
      noteFailedAttempt(book.db, username, this.deps.now());
    } catch (error) {
      log.warn('session.count_failure_failed', { kind: errorKind(error) });
    } finally {
      book?.close();
    }
  }

  private assemble(book: OpenedBook, username: string, info: SessionInfo): ActiveSession {
    const { bank, events, now, syncIntervalMs } = this.deps;
    const tokens = new TokenKeeper(bank, book.db, now);
    const sync = new SyncEngine({
      db: book.db,
      bank,
      tokens,
      events,
      actor: info.advisor.id,
      intervalMs: syncIntervalMs,
      backoff: this.deps.backoff,
      pageSize: this.deps.pageSize,
      now,
      checkpoint: this.deps.checkpoint,
    });
    const cadence = new CadenceBook(book.db);
    // 12-4-2-1 results depend on clients, interactions and reports: any change to them makes them stale.
    const dispose = events.subscribe((event, payload) => {
      if (event !== 'data:changed') return;
      const { tables } = payload as { tables: string[] };
      if (tables.some((t) => t === 'clients' || t === 'interactions' || t === 'reports')) cadence.invalidate();
    });
    const reports = new ReportDesk({
      db: book.db,
      advisorId: info.advisor.id,
      rendering: this.deps.reportRendering,
      exportsDir: path.join(this.deps.dataDir, 'exports', info.advisor.id),
      now,
      cadenceNow: () => cadence.results(currentScope(rosterClock(now()))),
      onBatchProgress: (status) => {
        events.emit('report:progress', status);
        // Stored reports are new records and outbox entries: tell the views now and then, not 300 times.
        if (status.state !== 'running' || status.done % 10 === 0) {
          events.emit('data:changed', { tables: ['reports', 'outbox'] });
          sync.nudge();
        }
      },
    });
    const chat = new ChatDesk({
      db: book.db,
      baseUrl: bank.baseUrl,
      advisor: { id: info.advisor.id, name: info.advisor.name },
      accessToken: () => tokens.accessToken(),
      invalidateToken: () => tokens.invalidate(),
      reports,
      now,
      onMessage: (clientId, line) => events.emit('chat:message', { clientId, line }),
      onChanged: () => events.emit('data:changed', { tables: ['chat_messages'] }),
      onTyping: (clientId) => events.emit('chat:typing', { clientId }),
      onStatus: (status) => events.emit('chat:status', status),
    });
    chat.start();
    return {
      info,
      username,
      book,
      tokens,
      sync,
      roster: createRosterQueries(book.db),
      search: createClientSearch(book.db),
      cadence,
      reports,
      chat,
      lastActivity: now().getTime(),
      dispose,
    };
  }

  private open(file: string): OpenedBook {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      return openBook({ file, key: this.deps.keyProvider.getKey(), ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {}) });
    } catch (error) {
      if (error instanceof DbTooNewError) throw new AppError('session.book_too_new');
      throw error;
    }
  }

  /**
   * Online, an unreadable local copy costs no bank data: its unsent changes are read out when
   * its key still can (kept encrypted beside the data and queued again), the file is set aside,
   * never deleted, and the cache is rebuilt from the bank. `recovered` is null when nothing
   * needed rebuilding.
   */
  private openOrRebuild(file: string): { book: OpenedBook; recovered: number | null } {
    try {
      return { book: this.open(file), recovered: null };
    } catch (error) {
      if (!(error instanceof DbUnreadableError)) throw error;
      const key = this.deps.keyProvider.getKey();
      const entries = readOutboxOfUnreadableBook(file, key, this.deps.nativeBinding);
      if (entries.length > 0) exportRecoveredEntries(this.deps.dataDir, key, entries, this.deps.now());
      const aside = `${file}.unreadable-${this.nowIso().replace(/[:.]/g, '-')}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
      }
      fs.rmSync(`${file}.open`, { force: true });
      log.warn('db.rebuilt_unreadable_book', { kind: errorKind(error), recovered: entries.length });
      const book = this.open(file);
      requeueRecoveredEntries(book.db, entries);
      return { book, recovered: entries.length };
    }
  }

  private startIdleCheck(): void {
    this.stopIdleCheck();
    this.idleTimer = setInterval(() => {
      const session = this.active;
      if (session && !session.info.locked && this.deps.now().getTime() - session.lastActivity >= this.deps.autoLockMs) this.lock('idle');
    }, Math.min(IDLE_CHECK_MS, this.deps.autoLockMs));
    this.idleTimer.unref();
  }

  private stopIdleCheck(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }

  private async endSession(): Promise<void> {
    const session = this.active;
    if (!session) return;
    this.active = null;
    this.stopIdleCheck();
    session.dispose();
    await session.reports.close();
    await session.chat.stop();
    await session.sync.stop();
    session.book.close();
    this.deps.events.emit('session:changed', null);
  }

  private nowIso(): string {
    return this.deps.now().toISOString();
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

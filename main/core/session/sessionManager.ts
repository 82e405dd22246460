import type { SessionInfo } from '../../../shared/api';
import type { SessionAccess } from '../api/handlerKit';
import { AppError } from '../../../shared/api';
import type { TokenResponse } from '../../../shared/wire';
import { recordAudit } from '../audit/audit';
import type { OpenedBook } from '../db/open';
import type { KeyProvider } from '../keys/keyProvider';
import { log } from '../log';
import { BankError } from '../sync/bankClient';
import { readAdvisor } from './advisorRecord';
import { BookFiles } from './bookFiles';
import type { ComposedSession, SessionDeps } from './composeSession';
import { composeSession } from './composeSession';
import { checkRememberedPassword, rememberPassword } from './credentials';
import type { PasswordHash } from './passwordHash';
import { hashPassword } from './passwordHash';
import { IdleLock } from './idleLock';
import { checkResumeSecret, forgetResumeSecret, issueResumeSecret } from './resumeSecret';
import { clearFailedAttempts, lockedUntil, noteFailedAttempt } from './lockout';
import type { SessionServices } from './sessionServices';

export interface SessionManagerDeps extends SessionDeps {
  keyProvider: KeyProvider;
  nativeBinding?: string | undefined;
  autoLockMs: number;
  /** A new resume secret for the signed-in session (null: nothing to resume), for the host that supervises the core. */
  onResumable?: ((session: ResumableSession | null) => void) | undefined;
}

/** What a supervising host keeps to give a restarted core the session back (main/core/port/). */
export interface ResumableSession {
  username: string;
  secret: string;
}

/** How the session was when the core stopped: the resumed one is the same. */
export interface ResumeState {
  locked: boolean;
  mode: SessionInfo['mode'];
}

/** The signed-in advisor: how they signed in, their open book and its services, the idle lock. */
interface ActiveSession {
  info: SessionInfo;
  username: string;
  book: OpenedBook;
  composed: ComposedSession;
  idle: IdleLock;
}

/**
 * Sign-in, offline unlock, auto-lock and sign-out. Online, the bank checks the password and the
 * desk keeps a salted hash for later; when the bank is unreachable, that hash unlocks the local
 * copy. Five wrong passwords lock the local copy for a while. Calls are serialised so two
 * sign-ins cannot open the same book twice. The book files are `BookFiles`'; what a session is
 * made of is `composeSession`'s.
 */
export class SessionManager implements SessionAccess<SessionServices> {
  private active: ActiveSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly books: BookFiles;

  constructor(private readonly deps: SessionManagerDeps) {
    this.books = new BookFiles({ dataDir: deps.dataDir, keyProvider: deps.keyProvider, nativeBinding: deps.nativeBinding, now: deps.now });
  }

  info(): SessionInfo | null {
    return this.active?.info ?? null;
  }

  require(): SessionServices {
    const services = this.requireSignedIn();
    if (this.active?.info.locked) throw new AppError('session.locked');
    return services;
  }

  requireSignedIn(): SessionServices {
    if (!this.active) throw new AppError('session.not_signed_in');
    return this.active.composed.services;
  }

  login(username: string, password: string): Promise<SessionInfo> {
    return this.serialise(async () => {
      await this.endSession();
      // Hashed for offline unlock while the bank checks the password; kept only if it accepts it.
      const hashing = hashPassword(password);
      hashing.catch(() => undefined);
      const tokens = await this.tryBankLogin(username, password);
      const session = tokens ? await this.openOnline(username, await hashing, tokens) : await this.openOffline(username, password);
      this.start(session);
      log.info('session.signed_in', { mode: session.info.mode });
      return session.info;
    });
  }

  /**
   * Takes back the session of a core that stopped without signing out (it crashed, or was
   * killed), with the secret the supervising host kept: the same advisor, mode and lock, no
   * password asked. Answers null (and opens nothing) when the secret is not this book's.
   */
  resume(username: string, secret: string, state: ResumeState): Promise<SessionInfo | null> {
    return this.serialise(async () => {
      if (this.active) return this.active.info;
      if (!this.books.exists(username)) return null;
      const book = this.books.open(username);
      const advisorId = checkResumeSecret(book.db, username, secret);
      const advisor = advisorId === null ? null : readAdvisor(book.db, advisorId);
      if (!advisor) {
        book.close();
        return null;
      }
      recordAudit(book.db, { actor: advisor.id, action: 'session_resumed', at: this.nowIso() });
      const session = this.assembleOrClose(book, username, { advisor, mode: state.mode, locked: state.locked, cacheRebuilt: null });
      this.start(session);
      log.info('session.resumed', { mode: state.mode, locked: state.locked });
      return session.info;
    });
  }

  private start(session: ActiveSession): void {
    this.active = session;
    session.composed.start();
    if (!session.info.locked) session.idle.start();
    this.deps.onResumable?.({ username: session.username, secret: issueResumeSecret(session.book.db, session.username, session.info.advisor.id) });
    this.deps.events.emit('session:changed', session.info);
  }

  logout(): Promise<void> {
    return this.serialise(async () => {
      const session = this.active;
      if (session) {
        recordAudit(session.book.db, { actor: session.info.advisor.id, action: 'sign_out', at: this.nowIso() });
        session.composed.tokens.clear();
      }
      await this.endSession();
    });
  }

  close(): Promise<void> {
    return this.serialise(() => this.endSession());
  }

  /** The RM did something: the idle clock starts again. */
  activity(): void {
    if (this.active && !this.active.info.locked) this.active.idle.touch();
  }

  lock(reason: 'idle' | 'manual'): void {
    const session = this.active;
    if (!session || session.info.locked) return;
    recordAudit(session.book.db, { actor: session.info.advisor.id, action: 'auto_lock', details: { reason }, at: this.nowIso() });
    session.idle.stop();
    this.setLocked(session, true);
  }

  unlock(password: string): Promise<SessionInfo> {
    return this.serialise(async () => {
      const session = this.active;
      if (!session) throw new AppError('session.not_signed_in');
      if (!session.info.locked) return session.info;
      const { db } = session.book;
      this.assertNotLockedOut(db, session.username);
      if ((await checkRememberedPassword(db, session.username, password)) === null) return this.countFailure(db, session.username, session.info.advisor.id, 'unlock_failed');
      clearFailedAttempts(db, session.username);
      recordAudit(db, { actor: session.info.advisor.id, action: 'unlock', at: this.nowIso() });
      session.idle.start();
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
        // The bank refused the password: count it against this computer's copy too, if there is one.
        if (!this.active) this.books.withExisting(username, (book) => noteFailedAttempt(book.db, username, this.deps.now()));
        throw new AppError('session.wrong_password');
      }
      if (error.kind === 'rejected') throw new AppError('session.bank_refused_sign_in');
      throw new AppError('session.sign_in_failed');
    }
  }

  private async openOnline(username: string, hash: PasswordHash, tokens: TokenResponse): Promise<ActiveSession> {
    const { book, recovered } = this.books.openOrRebuild(username);
    const session = this.assembleOrClose(book, username, { advisor: tokens.advisor, mode: 'online', locked: false, cacheRebuilt: recovered === null ? null : { recoveredChanges: recovered } });
    try {
      const at = this.nowIso();
      book.db.transaction(() => {
        session.composed.services.sync.applier.saveAdvisor(tokens.advisor);
        rememberPassword(book.db, username, tokens.advisor.id, hash, at);
        clearFailedAttempts(book.db, username);
        if (recovered !== null) recordAudit(book.db, { actor: tokens.advisor.id, action: 'cache_rebuilt', details: { recovered }, at });
        recordAudit(book.db, { actor: tokens.advisor.id, action: 'sign_in', at });
      })();
      session.composed.tokens.accept(tokens);
      return session;
    } catch (error) {
      session.idle.dispose();
      await session.composed.close();
      throw error;
    }
  }

  private async openOffline(username: string, password: string): Promise<ActiveSession> {
    if (!this.books.exists(username)) throw new AppError('session.no_offline_copy');
    const book = this.books.open(username);
    let advisor: SessionInfo['advisor'];
    try {
      advisor = await this.checkOfflinePassword(book, username, password);
    } catch (error) {
      book.close();
      throw error;
    }
    const session = this.assembleOrClose(book, username, { advisor, mode: 'offline', locked: false, cacheRebuilt: null });
    session.composed.tokens.signInWhenReachable(() => this.deps.bank.login({ username: advisor.username, password }));
    return session;
  }

  /** The password of the last online sign-in unlocks this computer's copy; a wrong one counts. */
  private async checkOfflinePassword(book: OpenedBook, username: string, password: string): Promise<SessionInfo['advisor']> {
    this.assertNotLockedOut(book.db, username);
    const advisorId = await checkRememberedPassword(book.db, username, password);
    const advisor = advisorId === null ? null : readAdvisor(book.db, advisorId);
    if (!advisor) return this.countFailure(book.db, username, advisorId, 'sign_in_failed');
    clearFailedAttempts(book.db, username);
    recordAudit(book.db, { actor: advisor.id, action: 'sign_in_offline', at: this.nowIso() });
    return advisor;
  }

  /** The session over an open book; the book is closed again if the session cannot be built. */
  private assembleOrClose(book: OpenedBook, username: string, info: SessionInfo): ActiveSession {
    let composed: ComposedSession;
    try {
      composed = composeSession(this.deps, book, { id: info.advisor.id, name: info.advisor.name });
    } catch (error) {
      book.close();
      throw error;
    }
    const idle = new IdleLock({ limitMs: this.deps.autoLockMs, now: this.deps.now, onIdle: () => this.lock('idle') });
    return { info, username, book, composed, idle };
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

  private async endSession(): Promise<void> {
    const session = this.active;
    if (!session) return;
    this.active = null;
    session.idle.dispose();
    // A session ended on purpose (sign-out, closing) is not resumed.
    forgetResumeSecret(session.book.db);
    this.deps.onResumable?.(null);
    await session.composed.close();
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

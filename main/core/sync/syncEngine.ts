import type { SyncStatus } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { recordAudit } from '../audit/audit';
import type { Db } from '../db/types';
import type { ChangeNotifier } from '../changes/changeNotifier';
import type { DisposableStore } from '../lifecycle/disposables';
import { OwnedTimer } from '../lifecycle/disposables';
import { errorKind, log } from '../log';
import { counts } from '../outbox/outbox';
import type { TokenKeeper } from './tokenKeeper';
import type { ChangeApplier, DataTable } from './applyChanges';
import { createChangeApplier } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { bankFailure } from './bankFailure';
import type { BackoffPolicy } from './backoff';
import { DEFAULT_BACKOFF, retryDelayMs } from './backoff';
import type { Checkpoint } from '../lifecycle/checkpoints';
import { conflictCount } from './conflicts';
import { deferIndexesForFirstSync, restoreDeferredIndexes } from './firstSyncIndexes';
import { feedWorkerFile } from './feed/workerFeed';
import { pullChanges } from './pullChanges';
import { progressAfterPage } from './pullProgress';
import { pushOutbox } from './pushOutbox';
import { beginResync, finishResync, resyncRunning } from './resync';
import { deleteSyncState, readSyncState } from '../db/syncState';

export interface SyncEngineOptions {
  db: Db;
  bank: BankClient;
  tokens: TokenKeeper;
  /** The core's change notifier: what a push or a pull changed. */
  changes: ChangeNotifier;
  /** Every new status, for the renderer's `sync:status`. */
  onStatus: (status: SyncStatus) => void;
  /** Owns the engine's timer: disposing it stops the background cycles. */
  lifetime: DisposableStore;
  /** The signed-in advisor, for audit entries. */
  actor: string;
  /** Background sync period while all is well. */
  intervalMs: number;
  backoff?: BackoffPolicy | undefined;
  pageSize?: number | undefined;
  now: () => Date;
  checkpoint?: Checkpoint | undefined;
}

/** A local write asks for a push this soon, so a burst of edits goes in one request. */
const NUDGE_DELAY_MS = 250;

/**
 * Keeps the local cache and the bank in step in the background: push the outbox, then pull the
 * change feed. The UI never waits for it: reads come from SQLite, and the engine announces
 * `data:changed` and `sync:status` as it goes. One cycle runs at a time; asking while one runs
 * joins it. After a retryable failure the next cycle comes with backoff; the first cycle that
 * reaches the bank again pushes at once.
 */
export class SyncEngine {
  private status: SyncStatus;
  private running: Promise<SyncStatus> | null = null;
  private readonly timer: OwnedTimer;
  private failures = 0;
  private stopped = true;
  /** A re-sync waits for the running pull to stop (see resync()). */
  private resyncAsked = false;
  private resyncing: Promise<SyncStatus> | null = null;
  readonly applier: ChangeApplier;

  constructor(private readonly options: SyncEngineOptions) {
    this.applier = createChangeApplier(options.db, { checkpoint: options.checkpoint });
    this.timer = options.lifetime.add(new OwnedTimer(options.lifetime));
    this.status = {
      state: 'idle',
      online: true,
      lastSyncAt: readSyncState(options.db, 'last_sync_at'),
      lastError: null,
      ...this.outboxFigures(),
      pulled: 0,
      pullTotal: null,
      resync: resyncRunning(options.db) ? { done: 0, total: null } : null,
    };
  }

  /** The status now: the outbox and conflict figures are read fresh (a write may have just moved them). */
  current(): SyncStatus {
    return this.options.db.open ? { ...this.status, ...this.outboxFigures() } : this.status;
  }

  start(): void {
    this.stopped = false;
    void this.syncNow();
  }

  /** Stops the timer and waits for a running cycle to finish, so the database can close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.running?.catch(() => undefined);
  }

  syncNow(): Promise<SyncStatus> {
    // A stopped engine's book is closing or closed.
    if (this.stopped) return Promise.resolve(this.status);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** A local write happened: push it soon rather than at the next period. */
  nudge(): void {
    this.refreshFigures();
    if (this.stopped || (!this.status.online && this.failures > 0)) return;
    this.schedule(NUDGE_DELAY_MS);
  }

  /**
   * Rebuilds the cache from the bank, keeping the outbox; progress shows in sync:status. A pull
   * running when it is asked stops after its write and the re-sync begins once it has: begun
   * under it, that pull would go on from its own cursor, stamp its pages as the re-sync's, and at
   * its end remove every row of the pages before them. Asked again meanwhile, it is the same one.
   */
  resync(): Promise<SyncStatus> {
    this.resyncing ??= this.resyncAfterPull().finally(() => {
      this.resyncing = null;
    });
    return this.resyncing;
  }

  private async resyncAfterPull(): Promise<SyncStatus> {
    recordAudit(this.options.db, { actor: this.options.actor, action: 'resync', at: this.options.now().toISOString() });
    this.resyncAsked = true;
    this.update({ resync: { done: 0, total: null } });
    try {
      while (this.running) await this.running.catch(() => undefined);
    } finally {
      this.resyncAsked = false;
    }
    // Signed out or closing meanwhile: the book is closing, nothing begins on it.
    if (this.stopped) return this.status;
    beginResync(this.options.db);
    log.info('sync.resync_started');
    return this.syncNow();
  }

  /** The outbox or conflicts changed outside a cycle (a resolution, a discard): refresh the figures. */
  refreshFigures(): void {
    this.update({});
  }

  private async run(): Promise<SyncStatus> {
    this.clearTimer();
    this.update({ state: 'syncing', pulled: 0, pullTotal: null });
    try {
      // A failed push does not stop the pull: the RM still gets the bank's news, and the
      // puller never overwrites what waits in the outbox. The push's failure is reported.
      const pushed = await this.withRecovery(() => this.push()).then(
        () => null,
        (error: unknown) => error,
      );
      await this.withRecovery(() => this.pull());
      if (pushed !== null) throw pushed;
      this.failures = 0;
      // No pull runs any more: its total goes, so the renderer shows no percentage between cycles.
      this.update({ state: 'idle', online: true, lastError: null, lastSyncAt: readSyncState(this.options.db, 'last_sync_at'), pullTotal: null });
      this.schedule(this.options.intervalMs);
    } catch (error) {
      this.failures += 1;
      const failure = describeFailure(error);
      log.warn('sync.failed', { kind: errorKind(error), reason: failure.error.reason, failures: this.failures });
      if (this.failures === 1 || !failure.retryable) {
        recordAudit(this.options.db, { actor: this.options.actor, action: 'sync_error', details: { code: failure.error.code }, at: this.options.now().toISOString() });
      }
      this.update({ state: failure.offline ? 'offline' : 'error', online: !failure.offline, lastError: failure.error.toApiError(), pullTotal: null });
      const retryAfter = error instanceof BankError ? error.retryAfterSec : undefined;
      this.schedule(failure.retryable ? retryDelayMs(this.failures, this.options.backoff ?? DEFAULT_BACKOFF, retryAfter) : this.options.intervalMs);
    }
    return this.status;
  }

  private push(): Promise<number> {
    return pushOutbox({
      db: this.options.db,
      bank: this.options.bank,
      accessToken: () => this.options.tokens.accessToken(),
      actor: this.options.actor,
      now: this.options.now,
      checkpoint: this.options.checkpoint,
      onSettled: (tables) => this.announce(tables),
    });
  }

  private async pull(): Promise<void> {
    restoreDeferredIndexes(this.options.db);
    deferIndexesForFirstSync(this.options.db);
    const feedFile = feedWorkerFile();
    const outcome = await pullChanges({
      db: this.options.db,
      bank: this.options.bank,
      applier: this.applier,
      accessToken: () => this.options.tokens.accessToken(),
      now: this.options.now,
      ...(this.options.pageSize ? { pageSize: this.options.pageSize } : {}),
      onPage: (applied, tables, remaining) => {
        const progress = progressAfterPage(this.status, applied, remaining);
        // The pages of a pull a re-sync is waiting for are not the re-sync's.
        this.update(this.resyncAsked ? { ...progress, resync: { done: 0, total: null } } : progress);
        this.announce(tables);
      },
      stopAfterPage: () => this.resyncAsked || this.stopped,
      feedWorker: feedFile ? { file: feedFile } : null,
    }).finally(() => restoreDeferredIndexes(this.options.db));
    if (outcome.applied > 0) this.options.db.pragma('wal_checkpoint(PASSIVE)');
    if (outcome.complete && resyncRunning(this.options.db)) {
      finishResync(this.options.db);
      this.update({ resync: null });
      this.announce(['advisors', 'clients', 'products', 'holdings', 'interactions']);
    }
  }

  /**
   * Runs a step, recovering once from the answers a retry fixes: 401 (the access token expired
   * early: refresh it) and 409 on the feed (our cursor is ahead of the bank's history, e.g. after
   * the bank restored a backup: pull everything again; upserts are idempotent).
   */
  private async withRecovery<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof BankError)) throw error;
      if (error.kind === 'unauthorized') this.options.tokens.invalidate();
      else if (error.kind === 'rejected' && error.status === 409) deleteSyncState(this.options.db, 'cursor');
      else throw error;
      return step();
    }
  }

  private announce(tables: DataTable[]): void {
    this.options.changes.notify(tables);
    this.refreshFigures();
  }

  private outboxFigures() {
    const c = counts(this.options.db);
    return { pending: c.pending, parked: c.parked, conflicts: conflictCount(this.options.db) };
  }

  private update(change: Partial<SyncStatus>): void {
    if (!this.options.db.open) return;
    this.status = { ...this.status, ...change, ...this.outboxFigures() };
    this.options.onStatus(this.status);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer.schedule(() => void this.syncNow(), delayMs);
  }

  private clearTimer(): void {
    this.timer.cancel();
  }
}

interface Failure {
  error: AppError;
  offline: boolean;
  retryable: boolean;
}

/** What a failed cycle tells the RM, and whether trying again soon can help. */
function describeFailure(error: unknown): Failure {
  if (!(error instanceof BankError)) return { error: new AppError('sync.unexpected'), offline: false, retryable: false };
  return { error: bankFailure(error), offline: error.kind === 'network', retryable: error.kind === 'network' || error.kind === 'server' };
}

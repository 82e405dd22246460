import type { ErrorCode, SyncStatus } from '../../../shared/api';
import type { Db } from '../db/types';
import type { CoreEvents } from '../events';
import { errorKind, log } from '../log';
import type { TokenKeeper } from '../session/tokenKeeper';
import { createChangeApplier } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { pullChanges } from './pullChanges';
import { deleteSyncState, readSyncState } from './syncState';

export interface SyncEngineOptions {
  db: Db;
  bank: BankClient;
  tokens: TokenKeeper;
  events: CoreEvents;
  /** Background sync period while signed in. */
  intervalMs: number;
  pageSize?: number;
  now: () => Date;
}

/**
 * Keeps the local cache in step with the bank in the background. The UI never waits for it:
 * reads come from SQLite, and this engine announces `data:changed` and `sync:status` as it goes.
 * One sync runs at a time; asking while one runs joins it.
 */
export class SyncEngine {
  private status: SyncStatus;
  private running: Promise<SyncStatus> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly applier;

  constructor(private readonly options: SyncEngineOptions) {
    this.applier = createChangeApplier(options.db);
    this.status = {
      state: 'idle',
      lastSyncAt: readSyncState(options.db, 'last_sync_at'),
      lastError: null,
      pending: this.pendingCount(),
      pulled: 0,
    };
  }

  current(): SyncStatus {
    return this.status;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.syncNow(), this.options.intervalMs);
    this.timer.unref();
    void this.syncNow();
  }

  /** Stops the timer and waits for a running sync to finish, so the database can close. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  syncNow(): Promise<SyncStatus> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<SyncStatus> {
    this.update({ state: 'syncing', pulled: 0 });
    try {
      await this.pullWithRecovery();
      this.update({ state: 'idle', lastError: null, lastSyncAt: readSyncState(this.options.db, 'last_sync_at') });
    } catch (error) {
      const failure = describeFailure(error);
      log.warn('sync.failed', { kind: errorKind(error), code: failure.code });
      this.update({ state: failure.offline ? 'offline' : 'error', lastError: { code: failure.code, message: failure.message } });
    }
    return this.status;
  }

  /**
   * Pulls, recovering once from the two answers that a retry fixes: 401 (the access token
   * expired early: refresh it) and 409 (our cursor is ahead of the bank's history, e.g. after the
   * bank restored a backup: pull everything again; upserts are idempotent).
   */
  private async pullWithRecovery(): Promise<void> {
    const pull = () =>
      pullChanges({
        db: this.options.db,
        bank: this.options.bank,
        applier: this.applier,
        accessToken: () => this.options.tokens.accessToken(),
        now: this.options.now,
        ...(this.options.pageSize ? { pageSize: this.options.pageSize } : {}),
        onPage: (applied, tables) => {
          this.update({ pulled: this.status.pulled + applied });
          if (tables.length > 0) this.options.events.emit('data:changed', { tables });
        },
      });
    try {
      await pull();
    } catch (error) {
      if (!(error instanceof BankError)) throw error;
      if (error.kind === 'unauthorized') this.options.tokens.invalidate();
      else if (error.kind === 'rejected' && error.status === 409) deleteSyncState(this.options.db, 'cursor');
      else throw error;
      await pull();
    }
  }

  private pendingCount(): number {
    const row = this.options.db.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`).get() as { n: number };
    return row.n;
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change, pending: this.pendingCount() };
    this.options.events.emit('sync:status', this.status);
  }
}

interface Failure {
  code: ErrorCode;
  message: string;
  offline: boolean;
}

function describeFailure(error: unknown): Failure {
  if (!(error instanceof BankError)) return { code: 'INTERNAL', message: 'Sync stopped on an unexpected error; nothing from it was applied.', offline: false };
  switch (error.kind) {
    case 'network':
      return { code: 'OFFLINE', message: error.message, offline: true };
    case 'unauthorized':
      return { code: 'UNAUTHORIZED', message: 'The bank no longer accepts this session: sign out and sign in again.', offline: false };
    case 'too_large':
      return { code: 'LIMIT', message: error.message, offline: false };
    case 'server':
    case 'rejected':
    case 'bad_response':
      return { code: 'INTERNAL', message: `Sync failed: ${error.message} Nothing from that answer was applied.`, offline: false };
  }
}

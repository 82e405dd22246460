import path from 'node:path';
import { recordAudit } from '../audit/audit';
import { CadenceService } from '../cadence/cadenceService';
import { ChangeNotifier } from '../changes/changeNotifier';
import { ChatDesk } from '../chat/chatDesk';
import { PromiseCheck } from '../compliance/promiseCheck';
import type { PromiseRule } from '../../../shared/rules/promiseRules';
import { BUILT_IN_PROMISE_RULES } from '../../../shared/rules/promiseRules';
import { createClientsService } from '../clients/clientsService';
import type { OpenedBook } from '../db/open';
import { WalSync } from '../db/walSync';
import type { CoreEvents } from '../events';
import { createInteractionsService } from '../interactions/interactionsService';
import { DisposableStore } from '../lifecycle/disposables';
import { ReportDesk } from '../reports/reportDesk';
import type { ReportRendering } from '../reports/reportRendering';
import { createRosterQueries } from '../roster/rosterPage';
import { createClientSearch } from '../search/clientSearch';
import type { BackoffPolicy } from '../sync/backoff';
import type { BankClient } from '../sync/bankClient';
import type { Checkpoint } from '../lifecycle/checkpoints';
import { createLocalChanges } from '../sync/localChanges';
import { SyncEngine } from '../sync/syncEngine';
import { TokenKeeper } from '../sync/tokenKeeper';
import type { SessionServices } from './sessionServices';

export interface SessionDeps {
  dataDir: string;
  bank: BankClient;
  events: CoreEvents;
  now: () => Date;
  syncIntervalMs: number;
  backoff?: BackoffPolicy | undefined;
  pageSize?: number | undefined;
  checkpoint?: Checkpoint | undefined;
  reportRendering: ReportRendering;
  /** The promise check's rules: built-in and the bank's configured ones (default: built-in only). */
  promiseRules?: readonly PromiseRule[] | undefined;
}

/** A composed session: its services, its tokens, and how it starts and ends. */
export interface ComposedSession {
  services: SessionServices;
  tokens: TokenKeeper;
  /** Starts the background work: sync and the chat connection. */
  start(): void;
  /** Ends everything the session started (timers, listeners, sockets, workers), then closes the book. */
  close(): Promise<void>;
}

/**
 * Builds every per-session service over one open book, and wires their news to the renderer's
 * events. Everything a service schedules or subscribes to is owned by `lifetime`, which `close`
 * disposes.
 */
export function composeSession(deps: SessionDeps, book: OpenedBook, advisor: { id: string; name: string }): ComposedSession {
  const { bank, events, now } = deps;
  const { db } = book;
  const lifetime = new DisposableStore();
  const walSync = lifetime.add(new WalSync(db));
  const promiseCheck = new PromiseCheck(deps.promiseRules ?? BUILT_IN_PROMISE_RULES);
  const changes = new ChangeNotifier();
  const tokens = new TokenKeeper(bank, db, now);
  const sync = new SyncEngine({
    db,
    bank,
    tokens,
    changes,
    onStatus: (status) => events.emit('sync:status', status),
    lifetime,
    actor: advisor.id,
    intervalMs: deps.syncIntervalMs,
    backoff: deps.backoff,
    pageSize: deps.pageSize,
    now,
    checkpoint: deps.checkpoint,
  });
  // Derived data listens first, so it is stale before anyone hears that the data changed.
  const cadence = new CadenceService(db, now, changes, lifetime);
  const reports = new ReportDesk({
    db,
    advisorId: advisor.id,
    rendering: deps.reportRendering,
    promiseCheck,
    exportsDir: path.join(deps.dataDir, 'exports', advisor.id),
    now,
    cadenceNow: () => cadence.current(),
    onBatchProgress: (status) => {
      events.emit('report:progress', status);
      // Stored reports are new records and outbox entries: tell the views now and then, not 300 times.
      if (status.state !== 'running' || status.done % 10 === 0) {
        changes.notify(['reports', 'outbox']);
        sync.nudge();
      }
    },
  });
  const chat = new ChatDesk({
    db,
    baseUrl: bank.baseUrl,
    advisor,
    accessToken: () => tokens.accessToken(),
    invalidateToken: () => tokens.invalidate(),
    reports,
    promiseCheck,
    now,
    lifetime,
    onMessage: (clientId, line) => events.emit('chat:message', { clientId, line }),
    onChanged: () => changes.notify(['chat_messages']),
    onTyping: (clientId) => events.emit('chat:typing', { clientId }),
    onStatus: (status) => events.emit('chat:status', status),
  });
  lifetime.listen(changes.subscribe((tables) => events.emit('data:changed', { tables: [...tables] })));

  const services: SessionServices = {
    advisorId: advisor.id,
    now,
    writes: {
      transaction: (work) => db.transaction(work)(),
      transactionSyncedAfter: (work) => walSync.commit(work),
      audit: (record) => recordAudit(db, { actor: advisor.id, ...record, at: now().toISOString() }),
    },
    changes,
    sync,
    localChanges: createLocalChanges({ db, applier: sync.applier }),
    roster: createRosterQueries(db, cadence),
    search: createClientSearch(db),
    clients: createClientsService({ db, now, cadence }),
    interactions: createInteractionsService({ db, advisorId: advisor.id, now }),
    cadence,
    reports,
    chat,
  };
  return {
    services,
    tokens,
    start: () => {
      sync.start();
      chat.start();
    },
    close: async () => {
      await reports.close();
      await chat.stop();
      await sync.stop();
      lifetime.dispose();
      book.close();
    },
  };
}

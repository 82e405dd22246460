import type { AppInfo, SessionInfo } from '../../shared/api';
import { createDispatch } from './api/dispatch';
import type { Dispatch } from './api/dispatch';
import { createHandlers } from './handlerTable';
import { CoreEvents } from './events';
import type { KeyProvider } from './keys/keyProvider';
import { createReportRendering } from './reports/defaultRendering';
import type { ReportRendering } from './reports/reportRendering';
import { readPromiseRules } from './compliance/configuredRules';
import { SessionManager } from './session/sessionManager';
import type { ResumableSession, ResumeState } from './session/sessionManager';
import { createBankClient } from './sync/bankClient';
import type { BackoffPolicy } from './sync/backoff';
import type { Checkpoint } from './lifecycle/checkpoints';

export interface CoreOptions {
  /** Where the encrypted books live (Electron: userData; web host: a data folder). */
  dataDir: string;
  keyProvider: KeyProvider;
  backendUrl: string;
  appVersion: string;
  /** Set when the host started the reference backend with demo data. */
  demoCredentials?: { username: string; password: string } | null;
  nativeBinding?: string | undefined;
  syncIntervalMs?: number;
  /** Idle minutes before auto-lock; 10 unless configured. */
  autoLockMinutes?: number;
  /** Retry timing after a failed sync (tests make it short). */
  backoff?: BackoffPolicy;
  now?: () => Date;
  /** Changes per pull page (the bank caps it); tests use small pages. */
  pageSize?: number;
  /** Crash-safety tests only: called at named points in the sync path. */
  checkpoint?: Checkpoint;
  /** How reports become PDFs; `reports/` with two batch workers unless given. */
  reportRendering?: ReportRendering;
  /** A supervising host keeps the signed-in session's resume secret (main/core/port/). */
  onResumable?: (session: ResumableSession | null) => void;
}

export interface Core {
  dispatch: Dispatch;
  events: CoreEvents;
  /** A restarted core takes back the session the last one had (main/core/port/); null: no such session. */
  resume(session: ResumableSession, state: ResumeState): Promise<SessionInfo | null>;
  close(): Promise<void>;
}

/** The composition root of main/core: everything a host adapter needs, nothing Electron-specific. */
export function createCore(options: CoreOptions): Core {
  const events = new CoreEvents();
  const now = options.now ?? (() => new Date());
  const bank = createBankClient({ baseUrl: options.backendUrl });
  const autoLockMinutes = options.autoLockMinutes ?? 10;
  const reportRendering = options.reportRendering ?? createReportRendering();
  const sessions = new SessionManager({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    bank,
    events,
    now,
    syncIntervalMs: options.syncIntervalMs ?? 60_000,
    autoLockMs: autoLockMinutes * 60_000,
    backoff: options.backoff,
    nativeBinding: options.nativeBinding,
    pageSize: options.pageSize,
    checkpoint: options.checkpoint,
    reportRendering,
    promiseRules: readPromiseRules(options.dataDir).rules,
    onResumable: options.onResumable,
  });
  const appInfo: AppInfo = {
    version: options.appVersion,
    demoMode: Boolean(options.demoCredentials),
    demoCredentials: options.demoCredentials ?? null,
    backendUrl: bank.baseUrl,
    autoLockMinutes,
  };
  return {
    dispatch: createDispatch(createHandlers({ sessions, appInfo, now }, { checkpoint: options.checkpoint })),
    events,
    resume: ({ username, secret }, state) => sessions.resume(username, secret, state),
    close: () => sessions.close().finally(() => reportRendering.close()),
  };
}

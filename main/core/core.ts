import type { AppInfo } from '../../shared/api';
import { createDispatch } from './api/dispatch';
import type { Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { CoreEvents } from './events';
import type { KeyProvider } from './keys/keyProvider';
import { SessionManager } from './session/sessionManager';
import { createBankClient } from './sync/bankClient';

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
  now?: () => Date;
}

export interface Core {
  dispatch: Dispatch;
  events: CoreEvents;
  close(): Promise<void>;
}

/** The composition root of main/core: everything a host adapter needs, nothing Electron-specific. */
export function createCore(options: CoreOptions): Core {
  const events = new CoreEvents();
  const now = options.now ?? (() => new Date());
  const bank = createBankClient({ baseUrl: options.backendUrl });
  const sessions = new SessionManager({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    bank,
    events,
    now,
    syncIntervalMs: options.syncIntervalMs ?? 60_000,
    nativeBinding: options.nativeBinding,
  });
  const appInfo: AppInfo = {
    version: options.appVersion,
    demoMode: Boolean(options.demoCredentials),
    demoCredentials: options.demoCredentials ?? null,
    backendUrl: bank.baseUrl,
  };
  return {
    dispatch: createDispatch(createHandlers({ sessions, appInfo })),
    events,
    close: () => sessions.close(),
  };
}

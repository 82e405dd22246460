import type { AppInfo } from '../../../shared/api';
import type { SessionManager } from '../session/sessionManager';
import type { Handlers } from './dispatch';

export interface HandlerDeps {
  sessions: SessionManager;
  appInfo: AppInfo;
}

/** The handler table: the contract's methods implemented over the core's use cases. */
export function createHandlers({ sessions, appInfo }: HandlerDeps): Handlers {
  return {
    'app.info': () => appInfo,
    'session.current': () => sessions.info(),
    'session.login': ({ username, password }) => sessions.login(username, password),
    'session.logout': async () => {
      await sessions.logout();
      return null;
    },
    'sync.status': () => sessions.require().sync.current(),
    'sync.now': () => sessions.require().sync.syncNow(),
    'clients.page': ({ offset, limit, sort }) => sessions.require().roster.page(offset, limit, sort),
  };
}

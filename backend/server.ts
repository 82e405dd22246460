import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { attachChatRelay } from './chat/relay';
import type { ChatLog } from './chat/log';
import { stderrChatLog } from './chat/log';
import { registerAuthRoutes } from './http/authRoutes';
import { registerChatAttachmentRoutes } from './http/chatAttachmentRoutes';
import { registerChatLoginRoutes } from './http/chatLoginRoutes';
import { DEFAULT_CLIENT_PAGE_DIR, registerClientPageRoutes } from './http/clientPageRoutes';
import { installErrorHandlers } from './http/errors';
import { registerMutationRoutes } from './http/mutationRoutes';
import { registerSyncRoutes } from './http/syncRoutes';
import type { BackendStore } from './store';

export const DEFAULT_ACCESS_TOKEN_TTL_SEC = 15 * 60;
export const DEFAULT_REFRESH_TOKEN_TTL_SEC = 7 * 24 * 60 * 60;
const BODY_LIMIT = 1024 * 1024;

export interface BackendServerOptions {
  store: BackendStore;
  /** The clock for token lifetimes; tests pass a fake one. */
  now?: () => Date;
  accessTokenTtlSec?: number;
  refreshTokenTtlSec?: number;
  /** Where the chat relay reports refused and failed events (ids and codes only); stderr by default. */
  chatLog?: ChatLog;
  /** The client page's folder; backend/clientPage/ (or dist/clientPage/ in a bundle) by default. */
  clientPageDir?: string;
}

/**
 * The reference bank backend's HTTP API and its chat relay (see backend/README.md). Not listening yet: the caller
 * decides where (startBackend) or injects requests directly. Logging is off, because request
 * logs would carry client data.
 */
export function buildBackendServer(options: BackendServerOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const ttls = {
    accessSec: options.accessTokenTtlSec ?? DEFAULT_ACCESS_TOKEN_TTL_SEC,
    refreshSec: options.refreshTokenTtlSec ?? DEFAULT_REFRESH_TOKEN_TTL_SEC,
  };
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT });

  installErrorHandlers(app);
  // Tokens and client records must not linger in caches or proxies.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get('/health', async () => ({ ok: true }));
  registerAuthRoutes(app, { store: options.store, now, ttls });
  registerSyncRoutes(app, { store: options.store, now });
  registerMutationRoutes(app, { store: options.store, now });
  registerChatLoginRoutes(app, { store: options.store, now });
  registerChatAttachmentRoutes(app, { store: options.store, now });
  registerClientPageRoutes(app, options.clientPageDir ?? DEFAULT_CLIENT_PAGE_DIR);
  attachChatRelay(app, { store: options.store, now, log: options.chatLog ?? stderrChatLog });
  return app;
}

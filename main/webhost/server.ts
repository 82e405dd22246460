import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, validationError } from '../../shared/api';
import type { Core } from '../core/core';
import { contentSecurityPolicy } from '../core/hostPolicy/csp';
import { errorKind, log } from '../core/log';
import { allowedHosts, allowedOrigins, bearerToken, newAccessToken, TOKEN_COOKIE, tokenMatches } from './accessGuard';

export interface WebHostOptions {
  /** The core it serves: in its worker thread (the app), or in this thread (tests). */
  core: Pick<Core, 'dispatch' | 'events'>;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface WebHost {
  /** The URL to open, token included. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const invokeBodySchema = z.object({ method: z.string().max(128), input: z.unknown().optional() }).strict();

/** Largest API request accepted; bigger ones are answered with `LIMIT`. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The development, demo and test host: the built renderer and the same handler table as
 * Electron's IPC, over HTTP and a WebSocket, on 127.0.0.1 only. Every request needs the run's
 * token, as a Bearer header or as the HttpOnly cookie set when the printed URL is opened.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newAccessToken();
  // On close, open connections (the page's event socket, keep-alive requests) end at once: shutting down never waits on a browser.
  const app = Fastify({ logger: false, bodyLimit: MAX_BODY_BYTES, forceCloseConnections: true });
  let port = options.port ?? 0;

  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });

  app.addHook('onRequest', async (request, reply) => {
    if (!allowedHosts(port).has(request.headers.host ?? '')) return refuse(request, reply, 403, '未知的主机名。 Unknown host.');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins(port).has(origin)) return refuse(request, reply, 403, '拒绝跨源请求。 Cross-origin requests are refused.');
    if (isBootstrap(request, token)) return undefined;
    const given = bearerToken(request.headers.authorization) ?? request.cookies[TOKEN_COOKIE];
    if (!tokenMatches(token, given)) return refuse(request, reply, 401, '请打开网页主机启动时打印的地址（其中含有访问令牌）。 Open the address printed by the web host: it carries the access token.');
    return undefined;
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', contentSecurityPolicy({ connectSrc: [...allowedOrigins(port)].map((o) => o.replace(/^http/, 'ws')) }));
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    return payload;
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    if (error.statusCode === 413) return reply.code(413).send(envelope(new AppError('request.too_large', { maxBytes: MAX_BODY_BYTES })));
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(400).send(envelope(new AppError('request.not_json')));
    }
    log.error('webhost.request_failed', { kind: errorKind(error) });
    return reply.code(500).send(envelope(new AppError('internal.unexpected')));
  });

  // Opening the printed URL: remember the token in a cookie, then drop it from the address bar.
  app.get('/', async (request, reply) => {
    if (isBootstrap(request, token)) {
      reply.setCookie(TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/' });
      return reply.redirect('/');
    }
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });

  app.post('/api/invoke', async (request, reply) => {
    const body = invokeBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send(envelope(validationError(body.error, 'body')));
    const result = await options.core.dispatch(body.data.method, body.data.input);
    return reply.header('cache-control', 'no-store').send(result);
  });

  app.get('/api/events', { websocket: true }, (socket) => {
    const unsubscribe = options.core.events.subscribe((event, payload) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ event, payload }));
    });
    socket.on('close', unsubscribe);
    // The renderer only listens; anything it sends is ignored rather than parsed.
    socket.on('message', () => undefined);
  });

  await app.register(fastifyStatic, { root: options.rendererDir, index: false, wildcard: true, serve: true });

  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () => app.close(),
  };
}

function isBootstrap(request: FastifyRequest, token: string): boolean {
  const query = request.query as { token?: unknown };
  return request.method === 'GET' && request.url.startsWith('/?') && typeof query.token === 'string' && tokenMatches(token, query.token);
}

/** API callers get the envelope they parse; a person opening a page gets a sentence. */
function refuse(request: FastifyRequest, reply: FastifyReply, status: 401 | 403, message: string) {
  if (request.url.startsWith('/api/')) return reply.code(status).send(envelope(new AppError('host.unauthorized')));
  return reply.code(status).header('content-type', 'text/plain; charset=utf-8').send(message);
}

function envelope(error: AppError) {
  return { ok: false, error: error.toApiError() };
}

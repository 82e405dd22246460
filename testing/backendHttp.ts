/**
 * Helpers for the backend's tests: a real server on a loopback port, so the tests exercise what
 * the desk will talk to. Not used by production code.
 */
import type { FastifyInstance } from 'fastify';
import { tokenResponseSchema } from '../shared/wire/auth';
import type { BackendServerOptions } from '../backend/server';
import { buildBackendServer } from '../backend/server';

export interface Listening {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function listen(options: BackendServerOptions): Promise<Listening> {
  const app = buildBackendServer(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return { url: `http://127.0.0.1:${address.port}`, app, close: () => app.close() };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function request(url: string, init: { method?: string; token?: string; json?: unknown; body?: string; contentType?: string } = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.body;
  if (init.json !== undefined) body = JSON.stringify(init.json);
  if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const res = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** A clock the test moves by hand. */
export function fakeClock(start: string): { now: () => Date; advance(seconds: number): void } {
  let ms = Date.parse(start);
  return { now: () => new Date(ms), advance: (seconds) => void (ms += seconds * 1000) };
}

/** Logs in and returns the access token; throws on anything but 200. */
export async function loginToken(baseUrl: string, credentials: { username: string; password: string }): Promise<string> {
  const res = await request(`${baseUrl}/auth/login`, { json: credentials });
  if (res.status !== 200) throw new Error(`login as ${credentials.username}: HTTP ${res.status}`);
  return tokenResponseSchema.parse(res.body).accessToken;
}

/** `POST /sync/mutations`; the raw answer, so tests can check error statuses too. */
export function postMutations(baseUrl: string, token: string, mutations: unknown[]): Promise<JsonResponse> {
  return request(`${baseUrl}/sync/mutations`, { token, json: { mutations } });
}

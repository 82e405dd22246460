import type { FastifyRequest } from 'fastify';
import type { BackendStore } from '../store';
import { WireHttpError } from './errors';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{16,512})[ \t]*$/i;

/** The advisor behind the request's access token; 401 when it is missing, unknown or expired. */
export function authenticate(request: FastifyRequest, store: BackendStore, now: Date): string {
  const header = request.headers.authorization;
  if (!header) throw new WireHttpError(401, 'UNAUTHORIZED', 'authorization: missing bearer token');
  const token = BEARER.exec(header)?.[1];
  const advisorId = token === undefined ? undefined : store.advisorForAccessToken(token, now);
  // One message for malformed, unknown and expired tokens: which one it was helps only an attacker.
  if (advisorId === undefined) throw new WireHttpError(401, 'UNAUTHORIZED', 'authorization: invalid or expired token');
  return advisorId;
}

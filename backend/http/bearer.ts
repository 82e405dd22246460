import type { FastifyRequest } from 'fastify';
import type { BackendStore, ChatPeer } from '../store';
import { WireHttpError } from './errors';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{16,512})[ \t]*$/i;

// One message for malformed, unknown and expired tokens: which one it was helps only an attacker.
const INVALID = 'authorization: invalid or expired token';

/** The bearer token of the request (undefined when malformed); 401 when there is none. */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) throw new WireHttpError(401, 'UNAUTHORIZED', 'authorization: missing bearer token');
  return BEARER.exec(header)?.[1];
}

/** The advisor behind the request's access token; 401 when it is missing, unknown or expired. */
export function authenticate(request: FastifyRequest, store: BackendStore, now: Date): string {
  const token = bearerToken(request);
  const advisorId = token === undefined ? undefined : store.advisorForAccessToken(token, now);
  if (advisorId === undefined) throw new WireHttpError(401, 'UNAUTHORIZED', INVALID);
  return advisorId;
}

/** A chat peer: an advisor's access token or a client token (chat attachments take either). */
export function authenticateChatPeer(request: FastifyRequest, store: BackendStore, now: Date): ChatPeer {
  const token = bearerToken(request);
  if (token === undefined) throw new WireHttpError(401, 'UNAUTHORIZED', INVALID);
  const advisorId = store.advisorForAccessToken(token, now);
  if (advisorId !== undefined) return { side: 'advisor', advisorId };
  const clientId = store.chat.clientForToken(token, now);
  if (clientId !== undefined) return { side: 'client', clientId };
  throw new WireHttpError(401, 'UNAUTHORIZED', INVALID);
}

import type { FastifyInstance } from 'fastify';
import type { TokenResponse } from '../../shared/wire/auth';
import { loginRequestSchema, refreshRequestSchema } from '../../shared/wire/auth';
import type { BackendStore, TokenTtls } from '../store';
import { verifyAgainstDecoy, verifyPassword } from '../store/password';
import { WireHttpError } from './errors';
import { parseInput } from './validate';

export interface AuthRouteOptions {
  store: BackendStore;
  now: () => Date;
  ttls: TokenTtls;
}

/** `POST /auth/login` and `POST /auth/refresh`. */
export function registerAuthRoutes(app: FastifyInstance, { store, now, ttls }: AuthRouteOptions): void {
  app.post('/auth/login', async (request): Promise<TokenResponse> => {
    const { username, password } = parseInput(loginRequestSchema, request.body, 'body');
    const credentials = store.findCredentials(username);
    // Unknown user and wrong password cost the same scrypt work and get the same answer.
    const ok = credentials ? await verifyPassword(password, credentials) : await verifyAgainstDecoy(password);
    const advisor = ok && credentials ? store.getAdvisor(credentials.advisorId) : undefined;
    if (!advisor) throw new WireHttpError(401, 'UNAUTHORIZED', 'credentials: wrong username or password');
    const at = now();
    store.pruneExpiredTokens(at);
    return { ...store.issueTokens(advisor.id, at, ttls), advisor };
  });

  app.post('/auth/refresh', async (request): Promise<TokenResponse> => {
    const { refreshToken } = parseInput(refreshRequestSchema, request.body, 'body');
    const rotated = store.rotateRefreshToken(refreshToken, now(), ttls);
    const advisor = rotated && store.getAdvisor(rotated.advisorId);
    if (!rotated || !advisor) throw new WireHttpError(401, 'UNAUTHORIZED', 'refreshToken: invalid, expired or already used');
    return { ...rotated.tokens, advisor };
  });
}

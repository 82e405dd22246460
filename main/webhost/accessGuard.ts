import crypto from 'node:crypto';

export const TOKEN_COOKIE = 'advisor_desk_token';

/** A fresh token per run: 32 random bytes, URL-safe. */
export function newAccessToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The bearer token of an `Authorization` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Only our own origin may talk to the host. A page on another site cannot read our answers
 * (no CORS headers), and this also stops DNS-rebinding: a foreign name resolving to 127.0.0.1
 * arrives with a foreign Host header.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

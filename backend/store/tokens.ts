import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer tokens: 256 random bits, base64url, with a readable kind prefix for whoever
 * debugs a request. Only their SHA-256 is stored; a random 256-bit token needs no salt or slow
 * hash, and a hashed lookup leaks nothing through timing.
 */
export type TokenKind = 'access' | 'refresh';

export interface TokenTtls {
  accessSec: number;
  refreshSec: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

const PREFIX: Record<TokenKind, string> = { access: 'at_', refresh: 'rt_' };

function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** The stored form of a token (only this is kept). */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function insertToken(db: Database.Database, kind: TokenKind, advisorId: string, nowMs: number, ttlSec: number): string {
  const token = newToken(kind);
  db.prepare('INSERT INTO tokens (token_hash, kind, advisor_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)').run(
    tokenDigest(token),
    kind,
    advisorId,
    nowMs + ttlSec * 1000,
    nowMs,
  );
  return token;
}

export function issueTokens(db: Database.Database, advisorId: string, nowMs: number, ttls: TokenTtls): IssuedTokens {
  return db.transaction(() => ({
    accessToken: insertToken(db, 'access', advisorId, nowMs, ttls.accessSec),
    refreshToken: insertToken(db, 'refresh', advisorId, nowMs, ttls.refreshSec),
    expiresIn: ttls.accessSec,
  }))();
}

/** The advisor an unexpired access token belongs to, or undefined. */
export function advisorForAccessToken(db: Database.Database, token: string, nowMs: number): string | undefined {
  return db
    .prepare("SELECT advisor_id FROM tokens WHERE token_hash = ? AND kind = 'access' AND expires_at > ?")
    .pluck()
    .get(tokenDigest(token), nowMs) as string | undefined;
}

/**
 * Exchanges a refresh token for a new pair. The old refresh token is deleted in the same
 * transaction that issues the new one, so it works exactly once: of two racing refreshes with
 * the same token, one wins and the other gets undefined (→ 401).
 */
export function rotateRefreshToken(
  db: Database.Database,
  token: string,
  nowMs: number,
  ttls: TokenTtls,
): { advisorId: string; tokens: IssuedTokens } | undefined {
  return db
    .transaction(() => {
      const advisorId = db
        .prepare("DELETE FROM tokens WHERE token_hash = ? AND kind = 'refresh' AND expires_at > ? RETURNING advisor_id")
        .pluck()
        .get(tokenDigest(token), nowMs) as string | undefined;
      if (advisorId === undefined) return undefined;
      return { advisorId, tokens: issueTokens(db, advisorId, nowMs, ttls) };
    })
    .immediate();
}

/** Removes expired tokens so the table does not grow without bound. */
export function pruneExpiredTokens(db: Database.Database, nowMs: number): number {
  return db.prepare('DELETE FROM tokens WHERE expires_at <= ?').run(nowMs).changes;
}

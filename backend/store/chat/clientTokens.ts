import type Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { tokenDigest } from '../tokens';

/**
 * The client page's demo sign-in (`POST /chat/client-login`). A real bank signs its app users in
 * itself; this stands in for that so the client side of a chat can be demonstrated. Tokens are
 * 256 random bits like the advisors' (prefix `ct_`), stored only as SHA-256 digests.
 */
const CHAT_CLIENT_TOKEN_TTL_SEC = 12 * 60 * 60;

export function issueClientToken(db: Database.Database, clientId: string, nowMs: number): string {
  const token = `ct_${randomBytes(32).toString('base64url')}`;
  db.prepare('INSERT INTO chat_client_tokens (token_hash, client_id, expires_at, created_at) VALUES (?, ?, ?, ?)').run(
    tokenDigest(token),
    clientId,
    nowMs + CHAT_CLIENT_TOKEN_TTL_SEC * 1000,
    nowMs,
  );
  return token;
}

/** The live client an unexpired client token belongs to, or undefined. */
export function clientForToken(db: Database.Database, token: string, nowMs: number): string | undefined {
  return db
    .prepare(
      `SELECT t.client_id FROM chat_client_tokens t JOIN clients c ON c.id = t.client_id
       WHERE t.token_hash = ? AND t.expires_at > ? AND c.deleted = 0`,
    )
    .pluck()
    .get(tokenDigest(token), nowMs) as string | undefined;
}

export function pruneExpiredClientTokens(db: Database.Database, nowMs: number): number {
  return db.prepare('DELETE FROM chat_client_tokens WHERE expires_at <= ?').run(nowMs).changes;
}

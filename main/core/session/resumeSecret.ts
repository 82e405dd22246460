import crypto from 'node:crypto';
import { z } from 'zod';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import { deleteSyncState, readSyncState, writeSyncState } from '../db/syncState';
import { normaliseUsername } from './bookFile';

/**
 * What lets a core that crashed and was started again take the RM's session back without asking
 * for the password: a random secret, given only to the host that supervises the core (never to
 * the renderer, never to disk), whose hash is kept in the encrypted book. A new one is issued at
 * every sign-in and resume; signing out or closing the core forgets it.
 */
const storedSchema = z.object({ username: z.string(), advisorId: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

const hashOf = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');

export function issueResumeSecret(db: Db, username: string, advisorId: string): string {
  const secret = crypto.randomBytes(32).toString('base64url');
  writeSyncState(db, 'resume_secret', JSON.stringify({ username: normaliseUsername(username), advisorId, hash: hashOf(secret) }));
  return secret;
}

/** The advisor a secret resumes, or null when it is not this book's current one. */
export function checkResumeSecret(db: Db, username: string, secret: string): string | null {
  const stored = parseStoredJson(storedSchema, readSyncState(db, 'resume_secret'), 'sync_state.resume_secret');
  if (!stored || stored.username !== normaliseUsername(username)) return null;
  const given = Buffer.from(hashOf(secret), 'hex');
  const kept = Buffer.from(stored.hash, 'hex');
  return given.length === kept.length && crypto.timingSafeEqual(given, kept) ? stored.advisorId : null;
}

export function forgetResumeSecret(db: Db): void {
  deleteSyncState(db, 'resume_secret');
}

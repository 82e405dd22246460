import type { Db } from '../db/types';
import { normaliseUsername } from './bookFile';

/** Five wrong passwords in a row lock this computer's copy for fifteen minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60_000;

/** Until when sign-in and unlock are refused for this username, or null. */
export function lockedUntil(db: Db, username: string, now: Date): Date | null {
  const value = db.prepare('SELECT locked_until FROM local_credentials WHERE username = ?').pluck().get(normaliseUsername(username)) as string | null | undefined;
  if (!value) return null;
  const until = new Date(value);
  return until > now ? until : null;
}

/** Counts a wrong password; returns the lock-out time when this one reached the limit. */
export function noteFailedAttempt(db: Db, username: string, now: Date): Date | null {
  const key = normaliseUsername(username);
  const failures = (db.prepare('UPDATE local_credentials SET failed_attempts = failed_attempts + 1 WHERE username = ? RETURNING failed_attempts').pluck().get(key) as number | undefined) ?? 0;
  if (failures < MAX_FAILED_ATTEMPTS) return null;
  const until = new Date(now.getTime() + LOCKOUT_MS);
  db.prepare('UPDATE local_credentials SET failed_attempts = 0, locked_until = ? WHERE username = ?').run(until.toISOString(), key);
  return until;
}

export function clearFailedAttempts(db: Db, username: string): void {
  db.prepare('UPDATE local_credentials SET failed_attempts = 0, locked_until = NULL WHERE username = ?').run(normaliseUsername(username));
}

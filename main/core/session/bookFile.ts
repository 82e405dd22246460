import crypto from 'node:crypto';
import path from 'node:path';

/**
 * Each advisor's book is its own encrypted file, so two RMs sharing a branch PC never share a
 * cache. The file name is derived from the username (not the name itself, which is personal
 * data) so an offline sign-in can find it before anything is decrypted.
 */
export function bookFile(dataDir: string, username: string): string {
  const id = crypto.createHash('sha256').update(`advisor-desk:book:${normaliseUsername(username)}`).digest('hex').slice(0, 24);
  return path.join(dataDir, 'books', `${id}.db`);
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

import type { Db } from '../db/types';
import type { PasswordHash } from './passwordHash';
import { verifyPassword } from './passwordHash';
import { normaliseUsername } from './bookFile';

/** Remembers the password check from an online sign-in, for offline unlock later. */
export function rememberPassword(db: Db, username: string, advisorId: string, hash: PasswordHash, at: string): void {
  db.prepare(`
    INSERT INTO local_credentials (username, advisor_id, salt, hash, params, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (username) DO UPDATE SET advisor_id = excluded.advisor_id, salt = excluded.salt,
      hash = excluded.hash, params = excluded.params, updated_at = excluded.updated_at`).run(
    normaliseUsername(username),
    advisorId,
    hash.salt,
    hash.hash,
    hash.params,
    at,
  );
}

/** The advisor id if the password matches the last online sign-in, else null. */
export async function checkRememberedPassword(db: Db, username: string, password: string): Promise<string | null> {
  const row = db
    .prepare('SELECT advisor_id AS advisorId, salt, hash, params FROM local_credentials WHERE username = ?')
    .get(normaliseUsername(username)) as (PasswordHash & { advisorId: string }) | undefined;
  if (!row) return null;
  return (await verifyPassword(password, row)) ? row.advisorId : null;
}

import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt. The parameters are fixed here; changing them would need a
 * params column and a re-hash on the next login, which this reference backend does not need.
 */
const SCRYPT = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

export interface PasswordHash {
  hash: Buffer;
  salt: Buffer;
}

/** Synchronous on purpose: only used while seeding, before the server listens. */
export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(SALT_LENGTH);
  return { salt, hash: scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, SCRYPT) };
}

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, SCRYPT, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Asynchronous so a login does not stall other requests for the ~50 ms scrypt takes. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const key = await derive(password, stored.salt);
  return key.length === stored.hash.length && timingSafeEqual(key, stored.hash);
}

// A fixed decoy, so an unknown username costs the same scrypt work as a wrong password and
// response timing does not reveal which usernames exist.
const DECOY: PasswordHash = { salt: Buffer.alloc(SALT_LENGTH, 7), hash: Buffer.alloc(KEY_LENGTH, 0) };

export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(password, DECOY);
  return false;
}

import crypto from 'node:crypto';
import { z } from 'zod';

/** scrypt cost: N=2^15, r=8, p=1 takes ~50 ms here, enough to slow guessing on a stolen laptop. */
const DEFAULT_PARAMS = { N: 32768, r: 8, p: 1, keylen: 32 } as const;
const paramsSchema = z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int(), keylen: z.number().int() });

export interface PasswordHash {
  salt: string;
  hash: string;
  params: string;
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.randomBytes(16);
  const hash = await derive(password, salt, DEFAULT_PARAMS);
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), params: JSON.stringify(DEFAULT_PARAMS) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const params = paramsSchema.parse(JSON.parse(stored.params));
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'), params);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/**
 * scrypt on libuv's thread pool: the ~50–100 ms it takes must not hold the core's thread, which
 * meanwhile answers the RM's other calls (and, at sign-in, waits for the bank anyway).
 */
function derive(password: string, salt: Buffer, params: z.infer<typeof paramsSchema>): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(password.normalize('NFC'), salt, params.keylen, { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

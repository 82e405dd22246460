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

export function hashPassword(password: string): PasswordHash {
  const salt = crypto.randomBytes(16);
  const hash = derive(password, salt, DEFAULT_PARAMS);
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), params: JSON.stringify(DEFAULT_PARAMS) };
}

export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const params = paramsSchema.parse(JSON.parse(stored.params));
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = derive(password, Buffer.from(stored.salt, 'base64'), params);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

function derive(password: string, salt: Buffer, params: z.infer<typeof paramsSchema>): Buffer {
  return crypto.scryptSync(password.normalize('NFC'), salt, params.keylen, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 128 * params.N * params.r * 2,
  });
}

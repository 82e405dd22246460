import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KeyProvider } from './keyProvider';
import { KEY_BYTES, KeyUnavailableError } from './keyProvider';

const HEX_KEY = /^[0-9a-f]{64}$/i;

/**
 * The web host's key: `ADVISOR_DESK_DB_KEY` (64 hex characters) when set, else a key file that
 * only its owner may read (mode 0600), created with a fresh random key on first use. A file
 * that others can read is refused, as ssh refuses such a private key.
 */
export function fileKeyProvider(options: { file: string; envKey?: string | undefined }): KeyProvider {
  if (options.envKey !== undefined && options.envKey !== '') {
    if (!HEX_KEY.test(options.envKey)) throw new KeyUnavailableError('ADVISOR_DESK_DB_KEY must be 64 hexadecimal characters (32 bytes).');
    const key = Buffer.from(options.envKey, 'hex');
    return { source: 'environment', getKey: () => key };
  }
  let cached: Buffer | undefined;
  return {
    source: 'key file',
    getKey() {
      cached ??= readOrCreate(options.file);
      return cached;
    },
  };
}

function readOrCreate(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    const fresh = crypto.randomBytes(KEY_BYTES);
    // 'wx' fails if the file exists, so two hosts starting at once cannot both create a key.
    fs.writeFileSync(file, `${fresh.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new KeyUnavailableError(`The key file ${file} can be read by other users (mode ${mode.toString(8)}); run: chmod 600 "${file}"`);
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!HEX_KEY.test(text)) throw new KeyUnavailableError(`The key file ${file} does not hold a 64-character hexadecimal key.`);
  return Buffer.from(text, 'hex');
}

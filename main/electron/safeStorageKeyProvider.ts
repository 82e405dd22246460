import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { KeyProvider } from '../core/keys/keyProvider';
import { KEY_BYTES, KeyUnavailableError } from '../core/keys/keyProvider';

/**
 * The database key, random, wrapped by the operating system's keystore through safeStorage
 * (DPAPI on Windows, the Secret Service or KWallet on Linux) and stored wrapped in userData.
 * Linux's `basic_text` fallback is a hard-coded password, no protection at all: refused.
 */
export function safeStorageKeyProvider(userDataDir: string): KeyProvider {
  const file = path.join(userDataDir, 'db.key.enc');
  let cached: Buffer | undefined;
  return {
    source: 'safeStorage',
    getKey() {
      cached ??= load(file);
      return cached;
    },
  };
}

function load(file: string): Buffer {
  assertUsableKeystore();
  if (fs.existsSync(file)) {
    const key = Buffer.from(safeStorage.decryptString(fs.readFileSync(file)), 'hex');
    if (key.length !== KEY_BYTES) throw new KeyUnavailableError('The stored database key is damaged.');
    return key;
  }
  const key = crypto.randomBytes(KEY_BYTES);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, safeStorage.encryptString(key.toString('hex')), { mode: 0o600, flag: 'wx' });
  return key;
}

function assertUsableKeystore(): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new KeyUnavailableError('The operating system keystore is not available, so client data cannot be protected on this computer.');
  }
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new KeyUnavailableError(
      'No desktop keyring (GNOME Keyring or KWallet) is running, and Advisor Desk will not store client data under a hard-coded password. Start a keyring and open Advisor Desk again.',
    );
  }
}

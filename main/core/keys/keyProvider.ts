/**
 * Where the database key comes from: Electron wraps it with safeStorage, the web host keeps it
 * in a 0600 key file or an environment variable. Either way it is 32 random bytes.
 */
export interface KeyProvider {
  /** A short name for logs and messages, e.g. `safeStorage` or `key file`. */
  readonly source: string;
  getKey(): Buffer;
}

export const KEY_BYTES = 32;

export class KeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyUnavailableError';
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../testing/tempDir';
import { fileKeyProvider } from './fileKeyProvider';
import { KeyUnavailableError } from './keyProvider';

let cleanup = () => {};
afterEach(() => cleanup());
function keyFile(): string {
  const temp = makeTempDir('key');
  cleanup = temp.cleanup;
  return path.join(temp.dir, 'nested', 'db.key');
}

describe('fileKeyProvider', () => {
  it('creates a random 32-byte key readable only by its owner, and reads the same key back', () => {
    const file = keyFile();
    const key = fileKeyProvider({ file }).getKey();
    expect(key).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fileKeyProvider({ file }).getKey().equals(key)).toBe(true);
  });

  it('refuses a key file others can read', () => {
    const file = keyFile();
    fileKeyProvider({ file }).getKey();
    fs.chmodSync(file, 0o644);
    expect(() => fileKeyProvider({ file }).getKey()).toThrow(KeyUnavailableError);
    expect(() => fileKeyProvider({ file }).getKey()).toThrow(/chmod 600/);
  });

  it('refuses a key file that does not hold a key', () => {
    const file = keyFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'hunter2', { mode: 0o600 });
    expect(() => fileKeyProvider({ file }).getKey()).toThrow(/64-character/);
  });

  it('takes ADVISOR_DESK_DB_KEY when set, and refuses a malformed one', () => {
    const hex = 'ab'.repeat(32);
    expect(fileKeyProvider({ file: keyFile(), envKey: hex }).getKey().toString('hex')).toBe(hex);
    expect(() => fileKeyProvider({ file: keyFile(), envKey: 'short' })).toThrow(KeyUnavailableError);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../testing/tempDir';
import { ConfigError, readHostConfig } from './hostConfig';

let cleanup = () => {};
afterEach(() => cleanup());
function dataDir(config?: unknown): string {
  const temp = makeTempDir('config');
  cleanup = temp.cleanup;
  if (config !== undefined) fs.writeFileSync(path.join(temp.dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return temp.dir;
}

describe('readHostConfig', () => {
  it('means demo mode when no backend is configured', () => {
    expect(readHostConfig(dataDir(), {})).toEqual({ backendUrl: null, syncIntervalMs: 60_000, demoClients: 200, autoLockMinutes: 10 });
  });

  it('reads config.json and lets the environment override it', () => {
    const dir = dataDir({ backendUrl: 'https://bank.example/api', syncIntervalMs: 30_000, autoLockMinutes: 5 });
    expect(readHostConfig(dir, {}).autoLockMinutes).toBe(5);
    expect(readHostConfig(dir, { ADVISOR_DESK_AUTO_LOCK_MINUTES: '15' }).autoLockMinutes).toBe(15);
    expect(readHostConfig(dir, {}).backendUrl).toBe('https://bank.example/api');
    expect(readHostConfig(dir, { ADVISOR_DESK_BACKEND_URL: 'http://127.0.0.1:4000' }).backendUrl).toBe('http://127.0.0.1:4000');
    expect(readHostConfig(dir, { ADVISOR_DESK_BACKEND_URL: '' }).backendUrl).toBe('https://bank.example/api');
  });

  it('explains bad settings, naming the setting', () => {
    expect(() => readHostConfig(dataDir({ backendUrl: 'ftp://bank' }), {})).toThrow(/backendUrl/);
    expect(() => readHostConfig(dataDir({ unknown: 1 }), {})).toThrow(ConfigError);
    expect(() => readHostConfig(dataDir('{ not json'), {})).toThrow(/not valid JSON/);
    expect(() => readHostConfig(dataDir(), { ADVISOR_DESK_DEMO_CLIENTS: '20000' })).toThrow(/ADVISOR_DESK_DEMO_CLIENTS/);
  });
});

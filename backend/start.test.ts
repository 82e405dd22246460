import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenResponseSchema } from '../shared/wire/auth';
import { DEMO_CREDENTIALS } from './demo/credentials';
import { startBackend } from './start';
import { request } from '../testing/backendHttp';
import type { TempDir } from '../testing/tempDir';
import { makeTempDir } from '../testing/tempDir';

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir('backend');
});
afterEach(() => {
  tmp.cleanup();
});

describe('startBackend', () => {
  it('seeds an empty store once and keeps the data across restarts', async () => {
    const dbPath = tmp.file('nested/backend.sqlite');
    const first = await startBackend({ dbPath, demo: { clients: 5, seed: 3, asOf: '2025-06-15' } });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.seeded).toBe(true);
    const counts = first.store.counts();
    expect(counts.clients).toBe(5 + 20);
    const res = await request(`${first.url}/auth/login`, { json: DEMO_CREDENTIALS });
    expect(tokenResponseSchema.parse(res.body).advisor.username).toBe('demo');
    await first.close();
    await first.close(); // twice is harmless

    const second = await startBackend({ dbPath, demo: { clients: 50, seed: 4 } });
    expect(second.seeded).toBe(false);
    expect(second.store.counts()).toEqual(counts);
    await second.close();
  });

  it('starts with an empty store when no demo is asked for', async () => {
    const backend = await startBackend({ dbPath: tmp.file('empty.sqlite') });
    expect(backend.store.isEmpty()).toBe(true);
    expect((await request(`${backend.url}/health`)).body).toEqual({ ok: true });
    await backend.close();
  });
});

/** Runs the CLI through tsx, as `npm` scripts would, and resolves with its URL line. */
function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/cli.ts', ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /^ADVISOR_DESK_BACKEND_URL=(\S+)$/m.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`cli exited with ${code}: ${stderr}`)));
  });
  ready.catch(() => undefined); // a test that expects an exit never awaits `ready`
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('cli', () => {
  it('prints its URL, serves the demo book and stops on SIGTERM', async () => {
    const db = tmp.file('cli.sqlite');
    const cli = runCli(['--db', db, '--clients', '3', '--as-of', '2025-06-15', '--reset']);
    const url = await cli.ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.output().stdout.trim().split('\n')).toHaveLength(1);
    const res = await request(`${url}/auth/login`, { json: DEMO_CREDENTIALS });
    expect(res.status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('exits with 2 and names the option on bad arguments', async () => {
    const cli = runCli(['--clients', '10001']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('--clients');
    const unknown = runCli(['--frobnicate']);
    expect(await unknown.exited).toBe(2);
  });
});

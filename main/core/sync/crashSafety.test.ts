import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackend } from '../../../backend/start';
import { startBackend } from '../../../backend/start';
import type { TempDir } from '../../../testing/tempDir';
import { makeTempDir } from '../../../testing/tempDir';
import type { CheckpointName } from '../lifecycle/checkpoints';

/**
 * A desk process is killed with SIGKILL, many times, at named points: right after a local write
 * committed, after the bank committed a push but before the desk settled its answer, and in the
 * middle of applying a pull page. After each restart the book passes quick_check, everything the
 * desk reported saved is there and reaches the bank, and nothing reaches the bank twice.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const child = path.join(root, 'testing', 'crashChild.ts');

let temp: TempDir;
let backend: RunningBackend;
let advisorId: string;

beforeAll(async () => {
  temp = makeTempDir('crash');
  backend = await startBackend({ dbPath: temp.file('backend.sqlite'), demo: { clients: 120, asOf: '2026-11-28' } });
  advisorId = backend.store.findCredentials('demo')!.advisorId;
});
afterAll(async () => {
  await backend.close();
  temp.cleanup();
});

function run(config: object): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(tsx, [child, JSON.stringify(config)], { cwd: root, env: { ...process.env, ADVISOR_DESK_QUIET: '1' } });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('exit', (code, signal) => resolve({ code, signal, lines: stdout.split('\n').filter(Boolean), stderr }));
  });
}

describe('crash safety', () => {
  it('loses nothing saved and duplicates nothing at the bank, whatever point the process dies at', async () => {
    const dataDir = temp.file('desk');
    const points: CheckpointName[] = ['local-commit', 'push-response', 'pull-page-mid'];
    const saved: string[] = [];
    let crashes = 0;
    for (let round = 0; round < 9; round++) {
      const crashAt = points[round % points.length]!;
      const work = await run({ mode: 'work', dataDir, backendUrl: backend.url, tag: `crash-${round}`, writes: 6, crashAt, crashAfter: 1 + Math.floor(round / 3) });
      // tsx runs the script in a child node: its SIGKILL shows here as exit code 128 + 9.
      if (work.signal === 'SIGKILL' || work.code === 137) crashes++;
      else expect(work.code, work.stderr).toBe(0);
      saved.push(...work.lines.filter((l) => l.startsWith('saved ')).map((l) => l.slice(6)));

      const verify = await run({ mode: 'verify', dataDir, backendUrl: backend.url, tag: 'verify', writes: 0 });
      expect(verify.code, verify.stderr).toBe(0);
      const state = JSON.parse(verify.lines.at(-1)!) as { cacheRebuilt: unknown; quickCheck: string; interactions: { id: string }[]; outbox: number };
      expect(state).toMatchObject({ cacheRebuilt: null, quickCheck: 'ok', outbox: 0 });
      const local = new Set(state.interactions.map((i) => i.id));
      for (const id of saved) expect(local.has(id), `saved ${id} missing locally`).toBe(true);
    }
    expect(crashes).toBeGreaterThanOrEqual(6);

    const bank = backend.store.listInteractionsOfAdvisor(advisorId).filter((i) => i.summary?.startsWith('crash-'));
    const bankIds = new Set(bank.map((i) => i.id));
    for (const id of saved) expect(bankIds.has(id), `saved ${id} missing at the bank`).toBe(true);
    // Exactly once: every summary (one per logged interaction) appears once at the bank.
    const summaries = bank.map((i) => i.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  }, 240_000);
});

import path from 'node:path';
import { createCore } from '../main/core/core';
import { openBook } from '../main/core/db/open';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import { bookFile } from '../main/core/session/bookFile';
import type { CheckpointName } from '../main/core/lifecycle/checkpoints';

/**
 * A desk in a process of its own, for the crash-safety test. `work` signs in, syncs, logs
 * interactions (printing `saved <id>` once each call has returned) and syncs again, killing
 * itself with SIGKILL at the named checkpoint's n-th hit. `verify` signs in without crashing,
 * syncs until the outbox is empty and prints what the book holds, as JSON on one line.
 */
interface Config {
  mode: 'work' | 'verify';
  dataDir: string;
  backendUrl: string;
  tag: string;
  writes: number;
  crashAt?: CheckpointName;
  crashAfter?: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
let hits = 0;

const core = createCore({
  dataDir: config.dataDir,
  keyProvider: fileKeyProvider({ file: path.join(config.dataDir, 'db.key') }),
  backendUrl: config.backendUrl,
  appVersion: 'crash-test',
  syncIntervalMs: 3_600_000,
  backoff: { baseMs: 5, capMs: 20 },
  pageSize: 40,
  checkpoint: (name) => {
    if (name === config.crashAt && ++hits >= (config.crashAfter ?? 1)) process.kill(process.pid, 'SIGKILL');
  },
});

async function call(method: string, input: unknown = {}): Promise<Record<string, unknown>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const status = await call('sync.now');
    if (status.pending === 0 && status.state === 'idle') return;
  }
  throw new Error('the outbox did not drain');
}

async function main(): Promise<void> {
  const session = await call('session.login', { username: 'demo', password: 'demo1234' });
  if (config.mode === 'work') {
    await call('sync.now');
    const page = await call('clients.page', { offset: 0, limit: 10 });
    const clients = (page.rows as { id: string }[]).map((r) => r.id);
    for (let i = 0; i < config.writes; i++) {
      const row = await call('interactions.log', {
        clientId: clients[i % clients.length],
        occurredAt: '2026-11-21T10:00:00+08:00',
        channel: 'wecom',
        theme: '市场观点',
        isAllocationReview: false,
        summary: `${config.tag}-${i}`,
        nextSteps: null,
      });
      process.stdout.write(`saved ${String(row.id)}\n`);
      if (i % 3 === 2) await call('sync.now');
    }
    await settle();
    await core.close();
    process.stdout.write('done\n');
    return;
  }
  await settle();
  await core.close();
  const book = openBook({ file: bookFile(config.dataDir, 'demo'), key: fileKeyProvider({ file: path.join(config.dataDir, 'db.key') }).getKey() });
  const quickCheck = (book.db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).join(',');
  const interactions = book.db.prepare(`SELECT id, summary FROM interactions WHERE summary LIKE 'crash-%'`).all();
  const outbox = book.db.prepare(`SELECT count(*) FROM outbox WHERE entity <> 'audit'`).pluck().get();
  book.close();
  process.stdout.write(`${JSON.stringify({ cacheRebuilt: session.cacheRebuilt, quickCheck, interactions, outbox })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

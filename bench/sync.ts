import fs from 'node:fs';
import path from 'node:path';
import { generateDemoBook } from '../backend/demo/generate';
import { createCore } from '../main/core/core';
import { openBook } from '../main/core/db/open';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import { namePinyin } from '../main/core/names/namePinyin';
import { FEED_WORKER_ENV } from '../main/core/sync/feed/feedProtocol';
import { buildFeedWorker } from '../scripts/nodeBundles';
import type { MethodName } from '../shared/api';
import { startFaultProxy } from '../testing/faultProxy';
import { makeTempDir } from '../testing/tempDir';
import { spawnBackend } from './backendProcess';
import { median, timeOnce } from './measure';
import type { Figure } from './report';

const CLIENTS = 10_000;
const root = path.resolve(import.meta.dirname, '..');
const DRAIN = 1_000;
const RUNS = 3;

/**
 * Sync figures on a 10,000-client book served by the reference backend in its own process on
 * loopback: the initial sync (rows per second, beside raw better-sqlite3 inserts of the same rows
 * into the same encrypted schema, the limit), and draining 1,000 changes made offline.
 */
export async function benchSync(): Promise<Figure[]> {
  const temp = makeTempDir('bench-sync');
  // The feed worker as it ships, where the core looks for it when run from the sources.
  process.env[FEED_WORKER_ENV] = await buildFeedWorker(path.join(root, '.cache', 'bench', 'feedWorker.cjs'));
  // Seed the book, then serve it from a fresh process: a bank's server is long-running, not one
  // that has just generated 250,000 records in its own heap.
  await (await spawnBackend(temp.file('backend.sqlite'), CLIENTS)).stop();
  const backend = await spawnBackend(temp.file('backend.sqlite'), CLIENTS);
  const dataDir = temp.file('desk');
  const desk = (backendUrl: string) => {
    const core = createCore({ dataDir, keyProvider: fileKeyProvider({ file: path.join(dataDir, 'db.key') }), backendUrl, appVersion: 'bench', syncIntervalMs: 3_600_000 });
    const call = async (method: MethodName, input: unknown = {}) => {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    return { core, call };
  };
  try {
    // The first sync talks to the bank directly (a proxy in this process would share its thread),
    // into a fresh folder each time; the median of three runs, like the raw baseline's.
    const syncs: { ms: number; rows: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const first = desk(backend.url);
      const syncStart = performance.now();
      await first.call('session.login', { username: 'demo', password: 'demo1234' });
      const status = await first.call('sync.now');
      syncs.push({ ms: performance.now() - syncStart, rows: Number(status.pulled) });
      await first.core.close();
    }
    const { ms: syncMs, rows } = syncs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
    const rawRate = median(Array.from({ length: RUNS }, (_, run) => rawInsertRate(temp.file(`raw-${run}.db`))).sort((a, b) => a - b));

    // The same book again, now behind a proxy that can cut the network.
    const proxy = await startFaultProxy(backend.url);
    const second = desk(proxy.url);
    await second.call('session.login', { username: 'demo', password: 'demo1234' });
    await second.call('sync.now');
    const clients = ((await second.call('clients.page', { offset: 0, limit: 500 })).rows as { id: string }[]).map((r) => r.id);
    proxy.setFault('/', { kind: 'reset' });
    for (let i = 0; i < DRAIN; i++) await second.call('clients.update', { id: clients[i % clients.length], fields: { notes: `离线备注 ${i}` } });
    await second.call('sync.now');
    proxy.clearFaults();
    const drainStart = performance.now();
    let drained = await second.call('sync.now');
    while (Number(drained.pending) > 0) drained = await second.call('sync.now');
    const drainMs = performance.now() - drainStart;
    const oneMutationMs = await timeOneRoundTrip(second.call, clients[0]!);
    await second.core.close();
    await proxy.close();

    return [
      { name: `initial sync, ${rows} rows (${CLIENTS} clients), median of ${RUNS}`, value: syncMs / 1000, unit: 's', baseline: rows / rawRate, baselineName: 'raw insert of the same rows', goal: '≤ 5 s' },
      { name: 'initial sync rate', value: rows / (syncMs / 1000), unit: 'rows/s', baseline: rawRate, baselineName: 'raw better-sqlite3 insert', goal: '≥ 0.85x' },
      { name: `drain ${DRAIN} offline mutations`, value: drainMs / 1000, unit: 's', baseline: (DRAIN * oneMutationMs) / 1000, baselineName: `${DRAIN} × one push round trip`, goal: '< 3 s' },
    ];
  } finally {
    await backend.stop();
    temp.cleanup();
  }
}

async function timeOneRoundTrip(call: (m: MethodName, i?: unknown) => Promise<Record<string, unknown>>, clientId: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await call('clients.update', { id: clientId, fields: { contactPrefs: `偏好 ${i}` } });
    await call('sync.now');
    samples.push(performance.now() - start);
  }
  return median(samples.sort((a, b) => a - b));
}

/**
 * The limit: plain prepared INSERTs of the same rows (pinyin precomputed, no validation, no
 * upsert, no HTTP) into the same encrypted schema with its indexes, in one transaction.
 */
function rawInsertRate(file: string): number {
  const demo = generateDemoBook({ seed: 20_240_901, clients: CLIENTS, asOf: new Date().toISOString().slice(0, 10) });
  const book = openBook({ file, key: Buffer.alloc(32, 1) });
  const db = book.db;
  const product = db.prepare('INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const client = db.prepare(`INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, gender, birth_date, phone,
    id_number, tier, risk_level, risk_assessed_at, aum_fen, client_since, tags, preferred_channel, contact_prefs, notes, family_notes,
    enterprise_notes, version, updated_at, deleted) VALUES (${Array(25).fill('?').join(', ')})`);
  const holding = db.prepare('INSERT INTO holdings (id, client_id, product_id, units, market_value_fen, cost_fen, as_of, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const interaction = db.prepare(`INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary,
    next_steps, version, updated_at, deleted) VALUES (${Array(12).fill('?').join(', ')})`);
  const pinyins = demo.clients.map((c) => namePinyin(c.name));
  const rows = demo.products.length + demo.clients.length + demo.holdings.length + demo.interactions.length;
  const ms = timeOnce(() =>
    db.transaction(() => {
      for (const p of demo.products) product.run(p.id, p.code, p.name, p.assetClass, p.riskRating, p.currency, p.issuer, p.benchmark, 0);
      demo.clients.forEach((c, i) =>
        client.run(c.id, c.advisorId, c.customerNo, c.name, c.nameEn, pinyins[i]!.full, pinyins[i]!.initials, c.gender, c.birthDate, c.phone, c.idNumber, c.tier, c.riskLevel, c.riskAssessedAt, c.aumFen, c.clientSince, JSON.stringify(c.tags), c.preferredChannel, c.contactPrefs, c.notes, c.familyNotes, c.enterpriseNotes, c.version, c.updatedAt, 0),
      );
      for (const h of demo.holdings) holding.run(h.id, h.clientId, h.productId, h.units, h.marketValueFen, h.costFen, h.asOf, 0);
      for (const x of demo.interactions) interaction.run(x.id, x.clientId, x.advisorId, x.occurredAt, x.channel, x.theme, x.isAllocationReview ? 1 : 0, x.summary, x.nextSteps, x.version, x.updatedAt, x.deleted ? 1 : 0);
    })(),
  );
  book.close();
  return rows / (ms / 1000);
}


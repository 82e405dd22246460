import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { until } from '../../../testing/until';
import { openBook } from '../db/open';
import { fileKeyProvider } from '../keys/fileKeyProvider';
import { enqueue } from '../outbox/outbox';
import { bookFile } from './bookFile';
import { readOutboxOfUnreadableBook, requeueRecoveredEntries } from './recovery';

let harness: DeskHarness;
beforeAll(async () => {
  harness = await startDeskHarness({ clients: 12, prefix: 'session' });
});
afterAll(() => harness.close());

const demo = { username: 'demo', password: 'demo1234' };
const waitFor = (check: () => Promise<boolean>) => until(check, 5_000);

describe('auto-lock', () => {
  it('locks after the idle time, hides client data until unlocked, and is kept open by activity', async () => {
    const desk = harness.makeCore({ dataDir: harness.temp.file('autolock'), autoLockMinutes: 0.01 });
    await desk.call('session.login', demo);
    await desk.call('sync.now');
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await desk.call('session.activity');
    }
    expect((await desk.call('session.current'))?.locked).toBe(false);
    await waitFor(async () => (await desk.call('session.current'))?.locked === true);
    expect(desk.events.some((e) => e.event === 'session:locked' && (e.payload as { locked: boolean }).locked)).toBe(true);
    expect(await desk.attempt('clients.page', { offset: 0, limit: 5 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await desk.attempt('clients.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await desk.call('sync.status')).state).toBeDefined(); // status carries no client data
    expect(await desk.attempt('session.unlock', { password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await desk.call('session.unlock', { password: demo.password })).toMatchObject({ locked: false });
    expect((await desk.call('clients.page', { offset: 0, limit: 5 })).total).toBe(12);
    await desk.core.close();
  });

  it('locks at once when asked', async () => {
    const desk = harness.makeCore({ dataDir: harness.temp.file('manual-lock') });
    await desk.call('session.login', demo);
    await desk.call('session.lock');
    expect(await desk.attempt('interactions.list', { clientId: 'x' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await desk.core.close();
  });
});

describe('lock-out after repeated wrong passwords', () => {
  it('refuses offline sign-in and unlock for a while after five wrong passwords, even with the right one', async () => {
    const dataDir = harness.temp.file('lockout');
    const desk = harness.makeCore({ dataDir });
    await desk.call('session.login', demo);
    await desk.call('session.logout');
    harness.proxy.setFault('/', { kind: 'reset' });
    try {
      for (let i = 0; i < 4; i++) {
        expect(await desk.attempt('session.login', { username: 'demo', password: `wrong-${i}` })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      }
      expect(await desk.attempt('session.login', { username: 'demo', password: 'wrong-4' })).toMatchObject({ ok: false, error: { code: 'LOCKED', reason: 'session.locked_out', params: { until: expect.any(String) } } });
      expect(await desk.attempt('session.login', demo)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    } finally {
      harness.proxy.clearFaults();
    }
    // Online, the bank decides, and a good sign-in there clears the local count.
    expect(await desk.call('session.login', demo)).toMatchObject({ mode: 'online' });
    await desk.core.close();
  });
});

describe('encryption at rest', () => {
  it('never writes a client note in the clear: not in the database, its WAL, temp files or the logs', async () => {
    const dataDir = harness.temp.file('canary');
    const logged: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (logged.push(String(chunk)), true)) as typeof process.stderr.write;
    const previousQuiet = process.env.ADVISOR_DESK_QUIET;
    process.env.ADVISOR_DESK_QUIET = '0';
    try {
      const desk = harness.makeCore({ dataDir });
      await desk.call('session.login', demo);
      await desk.call('sync.now');
      const [first] = (await desk.call('clients.page', { offset: 0, limit: 1 })).rows;
      const canary = 'CANARY金丝雀-7f3a';
      await desk.call('clients.update', { id: first!.id, fields: { notes: canary } });
      await desk.call('interactions.log', { clientId: first!.id, occurredAt: '2026-11-27T09:00:00+08:00', channel: 'phone', theme: canary, isAllocationReview: false, summary: canary, nextSteps: null });
      await desk.call('sync.now');
      const files = listFiles(dataDir);
      expect(files.some((f) => f.endsWith('.db-wal'))).toBe(true);
      for (const file of files) expect(fs.readFileSync(file).includes(Buffer.from('CANARY')), file).toBe(false);
      await desk.core.close();
      for (const file of listFiles(dataDir)) expect(fs.readFileSync(file).includes(Buffer.from('CANARY')), file).toBe(false);
      expect(logged.join('')).not.toContain('CANARY');
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      process.stderr.write = original;
      process.env.ADVISOR_DESK_QUIET = previousQuiet;
    }
  });

  it('refuses to open a book without its key', async () => {
    const dataDir = harness.temp.file('nokey');
    const desk = harness.makeCore({ dataDir });
    await desk.call('session.login', demo);
    await desk.core.close();
    const file = bookFile(dataDir, 'demo');
    const Database = (await import('better-sqlite3-multiple-ciphers')).default;
    const raw = new Database(file);
    expect(() => raw.prepare('SELECT * FROM clients').all()).toThrow(/not a database/);
    raw.close();
  });

  it('rebuilds from the bank when the key no longer opens the book, and the app keeps working', async () => {
    const dataDir = harness.temp.file('lostkey');
    const first = harness.makeCore({ dataDir });
    await first.call('session.login', demo);
    await first.call('sync.now');
    await first.core.close();
    fs.rmSync(path.join(dataDir, 'db.key')); // the key is gone; a new one is made on next use
    const second = harness.makeCore({ dataDir });
    const session = await second.call('session.login', demo);
    expect(session.cacheRebuilt).toEqual({ recoveredChanges: 0 });
    await second.call('sync.now');
    expect((await second.call('clients.page', { offset: 0, limit: 1 })).total).toBe(12);
    expect(fs.readdirSync(path.join(dataDir, 'books')).some((f) => f.includes('.unreadable-'))).toBe(true);
    await second.core.close();
  });

  it('rebuilds a damaged book and sends the unsent changes it could still read', async () => {
    const dataDir = harness.temp.file('damaged');
    const desk = harness.makeCore({ dataDir });
    await desk.call('session.login', demo);
    await desk.call('sync.now');
    const [client] = (await desk.call('clients.page', { offset: 0, limit: 1 })).rows;
    harness.proxy.setFault('/sync/mutations', { kind: 'status', status: 503 });
    await desk.call('clients.update', { id: client!.id, fields: { notes: '损坏前保存的修改' } });
    await desk.core.close();
    harness.proxy.clearFaults();
    // Damage the file where the bulk of the data lives, and make the next open run quick_check.
    const file = bookFile(dataDir, 'demo');
    const bytes = fs.readFileSync(file);
    const key = fileKeyProvider({ file: path.join(dataDir, 'db.key') }).getKey();
    const entriesBefore = readOutboxOfUnreadableBook(file, key);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(`${file}.open`, '');
    const again = harness.makeCore({ dataDir });
    const session = await again.call('session.login', demo);
    expect(session.cacheRebuilt?.recoveredChanges).toBeGreaterThanOrEqual(1);
    await again.syncUntilSettled();
    expect((await again.call('clients.page', { offset: 0, limit: 1 })).total).toBe(12);
    // damage in the data pages, not the outbox's: the change was read out, kept and sent
    expect(entriesBefore.some((e) => e.entity === 'client')).toBe(true);
    expect(harness.backend.store.getClient(client!.id)!.notes).toBe('损坏前保存的修改');
    expect(fs.readdirSync(path.join(dataDir, 'recovered'))).toHaveLength(1);
    await again.core.close();
  });

  it('carries recovered changes into a new book with their ids, so they stay idempotent', () => {
    const dataDir = harness.temp.file('requeue');
    fs.mkdirSync(dataDir, { recursive: true });
    const key = Buffer.alloc(32, 7);
    const old = openBook({ file: path.join(dataDir, 'old.db'), key });
    const id = enqueue(old.db, { entity: 'client', entityId: 'C1', op: 'update', body: { type: 'client.update', clientId: 'C1', fields: { notes: 'n' }, previous: { notes: null } }, baseVersion: 3, now: '2026-11-28T00:00:00Z' });
    old.close();
    const entries = readOutboxOfUnreadableBook(path.join(dataDir, 'old.db'), key);
    const fresh = openBook({ file: path.join(dataDir, 'new.db'), key });
    expect(requeueRecoveredEntries(fresh.db, entries)).toBe(1);
    expect(requeueRecoveredEntries(fresh.db, entries)).toBe(0);
    expect(fresh.db.prepare('SELECT id, base_version FROM outbox').get()).toEqual({ id, base_version: 3 });
    fresh.close();
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

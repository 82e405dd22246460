import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { seededRandom } from '../../../testing/seededRandom';
import { openBook } from '../db/open';
import { fileKeyProvider } from '../keys/fileKeyProvider';
import { enqueue } from '../outbox/outbox';
import { bookFile } from '../session/bookFile';

/**
 * Offline-first writes end to end: local transaction + outbox, push to the real reference
 * backend, conflicts, parked rejections and the puller's guard, with faults injected by a proxy.
 */
let harness: DeskHarness;
let desk: Desk;
let advisorId: string;
let clientIds: string[];

const bankClient = (id: string) => harness.backend.store.getClient(id);
const offline = () => harness.proxy.setFault('/', { kind: 'reset' });
const online = () => harness.proxy.clearFaults();

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 30, prefix: 'offline-sync' });
  desk = harness.makeCore();
  advisorId = (await desk.call('session.login', { username: 'demo', password: 'demo1234' })).advisor.id;
  await desk.syncUntilSettled();
  clientIds = (await desk.call('clients.page', { offset: 0, limit: 30 })).rows.map((r) => r.id);
});
afterAll(() => harness.close());
beforeEach(() => online());

describe('local writes go through the outbox', () => {
  it('saves an edit made offline at once, shows it pending, and pushes it exactly once when the bank is back', async () => {
    const id = clientIds[0]!;
    const before = bankClient(id)!;
    offline();
    const detail = await desk.call('clients.update', { id, fields: { notes: '下周三面谈，关注二代传承', tags: ['企业家', '家族'] } });
    expect(detail).toMatchObject({ notes: '下周三面谈，关注二代传承', pendingFields: ['notes', 'tags'] });
    expect((await desk.call('sync.now')).state).toBe('offline');
    expect((await desk.call('sync.status')).pending).toBe(1);
    online();
    const status = await desk.syncUntilSettled();
    expect(status).toMatchObject({ state: 'idle', pending: 0, parked: 0, conflicts: 0 });
    const after = bankClient(id)!;
    expect(after).toMatchObject({ notes: '下周三面谈，关注二代传承', tags: ['企业家', '家族'], version: before.version + 1 });
    expect((await desk.call('clients.get', { id })).pendingFields).toEqual([]);
  });

  it('logs an interaction offline and delivers it once, with the id made at the desk', async () => {
    offline();
    const logged = await desk.call('interactions.log', {
      clientId: clientIds[1]!,
      occurredAt: '2026-11-20T10:00:00+08:00',
      channel: 'face_to_face',
      theme: '资产配置检视',
      isAllocationReview: true,
      summary: '年度配置检视，建议提高固收比例',
      nextSteps: null,
    });
    expect(logged).toMatchObject({ pending: true, version: 0 });
    online();
    await desk.syncUntilSettled();
    const onBank = harness.backend.store.listInteractionsOfAdvisor(advisorId).filter((i) => i.id === logged.id);
    expect(onBank).toHaveLength(1);
    expect(onBank[0]).toMatchObject({ summary: '年度配置检视，建议提高固收比例', version: 1 });
    const local = (await desk.call('interactions.list', { clientId: clientIds[1]! })).find((i) => i.id === logged.id);
    expect(local).toMatchObject({ pending: false, version: 1 });
  });

  it('sends edits made one on top of another in order, each based on the version the previous one made', async () => {
    const id = clientIds[2]!;
    const start = bankClient(id)!.version;
    offline();
    await desk.call('clients.update', { id, fields: { notes: '第一次' } });
    await desk.call('clients.update', { id, fields: { notes: '第二次' } });
    await desk.call('clients.update', { id, fields: { contactPrefs: '工作日晚上' } });
    online();
    expect(await desk.syncUntilSettled()).toMatchObject({ pending: 0, conflicts: 0, parked: 0 });
    expect(bankClient(id)).toMatchObject({ notes: '第二次', contactPrefs: '工作日晚上', version: start + 3 });
  });

  it('never lets a pull overwrite a field that still waits in the outbox', async () => {
    const id = clientIds[3]!;
    harness.proxy.setFault('/sync/mutations', { kind: 'status', status: 503 });
    await desk.call('clients.update', { id, fields: { notes: '我的备注' } });
    harness.backend.store.updateClient(id, { notes: '银行改的备注', contactPrefs: '银行改的偏好' }, new Date());
    await desk.call('sync.now');
    const local = await desk.call('clients.get', { id });
    expect(local.notes).toBe('我的备注');
    expect(local.contactPrefs).toBe('银行改的偏好');
    expect(local.pendingFields).toEqual(['notes']);
  });
});

describe('conflicts', () => {
  it('shows a stale edit as a conflict; keeping mine sends it again on top of the bank version', async () => {
    // the previous test left a pending edit of notes on clients[3] that the bank has changed meanwhile
    online();
    const status = await desk.syncUntilSettled();
    expect(status.conflicts).toBe(1);
    const [conflict] = await desk.call('conflicts.list');
    expect(conflict).toMatchObject({ entity: 'client', entityId: clientIds[3], fields: [{ field: 'notes', mine: '我的备注', theirs: '银行改的备注' }] });
    expect((await desk.call('clients.get', { id: clientIds[3]! })).inConflict).toBe(true);
    await desk.call('conflicts.resolve', { id: conflict!.id, choice: 'mine' });
    expect(await desk.syncUntilSettled()).toMatchObject({ conflicts: 0, pending: 0 });
    expect(bankClient(clientIds[3]!)).toMatchObject({ notes: '我的备注', contactPrefs: '银行改的偏好' });
  });

  it('taking the bank version drops the local change and shows the bank value', async () => {
    const id = clientIds[4]!;
    harness.proxy.setFault('/sync/mutations', { kind: 'status', status: 503 }, 1);
    await desk.call('clients.update', { id, fields: { familyNotes: '我的家族备注' } });
    harness.backend.store.updateClient(id, { familyNotes: '银行的家族备注' }, new Date());
    await desk.call('sync.now');
    await desk.syncUntilSettled();
    const [conflict] = await desk.call('conflicts.list');
    await desk.call('conflicts.resolve', { id: conflict!.id, choice: 'theirs' });
    expect(await desk.syncUntilSettled()).toMatchObject({ conflicts: 0, pending: 0 });
    expect((await desk.call('clients.get', { id })).familyNotes).toBe('银行的家族备注');
    expect(bankClient(id)!.familyNotes).toBe('银行的家族备注');
  });
});

describe('a refused change is parked and never blocks the rest', () => {
  it('parks a poison pill with the bank reason while later changes go through', async () => {
    const file = bookFile(desk.dataDir, 'demo');
    const side = openBook({ file: `${file}`, key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    harness.proxy.setFault('/sync/mutations', { kind: 'status', status: 503 }, 1);
    await desk.call('clients.update', { id: clientIds[5]!, fields: { notes: '毒丸之前' } });
    enqueue(side.db, {
      entity: 'client',
      entityId: 'NO-SUCH-CLIENT',
      op: 'update',
      body: { type: 'client.update', clientId: 'NO-SUCH-CLIENT', fields: { notes: 'x' }, previous: { notes: null } },
      baseVersion: 1,
      now: new Date().toISOString(),
    });
    side.db.close();
    await desk.call('clients.update', { id: clientIds[6]!, fields: { notes: '毒丸之后' } });
    const status = await desk.syncUntilSettled();
    expect(status).toMatchObject({ pending: 0, parked: 1 });
    expect(bankClient(clientIds[5]!)!.notes).toBe('毒丸之前');
    expect(bankClient(clientIds[6]!)!.notes).toBe('毒丸之后');
    const parked = (await desk.call('sync.outbox')).find((i) => i.status === 'parked');
    expect(parked?.lastError).toMatchObject({ reason: 'bank.refused_change', params: { bankCode: 'NOT_FOUND' } });
    await desk.call('sync.discardParked', { id: parked!.id });
    expect((await desk.call('sync.status')).parked).toBe(0);
  });

  it('restores the bank value when a refused edit is discarded', async () => {
    const id = clientIds[7]!;
    const bankNotes = bankClient(id)!.notes;
    // A rejection the bank itself makes: the sent edit names a client that is not ours.
    const side = openBook({ file: bookFile(desk.dataDir, 'demo'), key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    await desk.call('clients.update', { id, fields: { notes: '会被拒绝的修改' } });
    side.db.prepare(`UPDATE outbox SET payload = json_set(payload, '$.clientId', 'NOT-OURS') WHERE entity = 'client' AND entity_id = ?`).run(id);
    side.db.close();
    expect((await desk.syncUntilSettled()).parked).toBe(1);
    expect((await desk.call('clients.get', { id })).notes).toBe('会被拒绝的修改');
    const parked = (await desk.call('sync.outbox')).find((i) => i.status === 'parked')!;
    await desk.call('sync.discardParked', { id: parked.id });
    expect((await desk.call('clients.get', { id })).notes).toBe(bankNotes);
  });
});

describe('full re-sync', () => {
  it('rebuilds the cache from the bank and keeps unsent changes', async () => {
    harness.proxy.setFault('/sync/mutations', { kind: 'status', status: 503 });
    await desk.call('clients.update', { id: clientIds[8]!, fields: { notes: '重新同步时保留' } });
    const side = openBook({ file: bookFile(desk.dataDir, 'demo'), key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    side.db.prepare('DELETE FROM clients WHERE id IN (?, ?)').run(clientIds[9]!, clientIds[10]!);
    side.db.prepare(`INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, deleted) VALUES ('GONE', 'X', '已下架', 'cash', 'R1', 'CNY', 'x', 0)`).run();
    side.db.close();
    expect((await desk.call('clients.page', { offset: 0, limit: 1 })).total).toBe(28);
    await desk.call('sync.resync');
    let status = await desk.call('sync.now');
    for (let i = 0; i < 20 && status.resync !== null; i++) status = await desk.call('sync.now');
    expect(status.resync).toBeNull();
    expect((await desk.call('clients.page', { offset: 0, limit: 1 })).total).toBe(30);
    expect((await desk.call('clients.get', { id: clientIds[8]! })).notes).toBe('重新同步时保留');
    expect(status.pending).toBe(1);
    const side2 = openBook({ file: bookFile(desk.dataDir, 'demo'), key: fileKeyProvider({ file: `${desk.dataDir}/db.key` }).getKey() });
    expect(side2.db.prepare(`SELECT count(*) FROM products WHERE id = 'GONE'`).pluck().get()).toBe(0);
    side2.db.close();
    online();
    expect(await desk.syncUntilSettled()).toMatchObject({ pending: 0 });
    expect(bankClient(clientIds[8]!)!.notes).toBe('重新同步时保留');
  });
});

describe('replay', () => {
  it('sending everything the desk pushed three more times, shuffled, changes nothing at the bank', async () => {
    online();
    await desk.syncUntilSettled();
    const sent = harness.proxy.forwardedBodies('/sync/mutations').flatMap((body) => (JSON.parse(body) as { mutations: { id: string }[] }).mutations);
    const unique = [...new Map(sent.map((m) => [m.id, m])).values()];
    expect(unique.length).toBeGreaterThan(10);
    const dump = () => ({
      seq: harness.backend.store.headSeq(),
      clients: harness.backend.store.listClientsOfAdvisor(advisorId),
      interactions: harness.backend.store.listInteractionsOfAdvisor(advisorId),
      applied: harness.backend.store.appliedMutationIds(advisorId).length,
    });
    const before = dump();
    const token = (await (await fetch(`${harness.backend.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"demo","password":"demo1234"}' })).json()) as { accessToken: string };
    const random = seededRandom(3);
    for (let round = 0; round < 3; round++) {
      const shuffled = unique.map((m) => ({ m, k: random() })).sort((a, b) => a.k - b.k).map(({ m }) => m);
      for (let i = 0; i < shuffled.length; i += 50) {
        const response = await fetch(`${harness.backend.url}/sync/mutations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token.accessToken}` },
          body: JSON.stringify({ mutations: shuffled.slice(i, i + 50) }),
        });
        const { results } = (await response.json()) as { results: { status: string }[] };
        expect(results.every((r) => r.status === 'duplicate' || r.status === 'conflict' || r.status === 'rejected')).toBe(true);
      }
    }
    expect(dump()).toEqual(before);
  });
});

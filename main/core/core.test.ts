import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk, DeskHarness } from '../../testing/deskHarness';
import { startDeskHarness } from '../../testing/deskHarness';
import type { FaultProxy } from '../../testing/faultProxy';
import { namePinyin } from './names/namePinyin';

/**
 * The core end to end in plain Node: a real reference backend on 127.0.0.1, a fault-injecting
 * proxy in front of it, and real encrypted SQLite files in a temp folder.
 */
let harness: DeskHarness;
let proxy: FaultProxy;
let desk: Desk;

const call = (method: string, input: unknown = {}) => desk.call(method as never, input as never) as Promise<unknown>;
const fails = (method: string, input: unknown = {}) => desk.attempt(method as never, input);

async function rosterTotal(): Promise<number> {
  return ((await call('clients.page', { offset: 0, limit: 1 })) as { total: number }).total;
}

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 60, prefix: 'core' });
  proxy = harness.proxy;
  desk = harness.makeCore();
});

afterAll(() => harness.close());

describe('sign-in and the first sync', () => {
  it('needs a session before any client data is served', async () => {
    expect(await fails('clients.page', { offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a wrong password', async () => {
    expect(await fails('session.login', { username: 'demo', password: 'nope' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a first sign-in while the bank is unreachable, explaining why', async () => {
    proxy.setFault('/auth', { kind: 'reset' });
    const result = await fails('session.login', { username: 'demo', password: 'demo1234' });
    proxy.clearFaults();
    expect(result).toMatchObject({ ok: false, error: { code: 'OFFLINE', reason: 'session.no_offline_copy' } });
  });

  it('signs in online, pulls the whole book into SQLite and serves the roster from it', async () => {
    const session = await call('session.login', { username: 'demo', password: 'demo1234' });
    expect(session).toMatchObject({ mode: 'online', locked: false, cacheRebuilt: null, advisor: { username: 'demo' } });
    const status = await call('sync.now');
    expect(status).toMatchObject({ state: 'idle', lastError: null, pending: 0 });
    expect(await rosterTotal()).toBe(60);
    expect(desk.events.some((e) => e.event === 'data:changed' && (e.payload as { tables: string[] }).tables.includes('clients'))).toBe(true);
    expect(desk.events.some((e) => e.event === 'session:changed')).toBe(true);
  });

  it('pages and sorts the roster: AUM descending by default, by pinyin on request', async () => {
    const byAum = (await call('clients.page', { offset: 0, limit: 60 })) as { rows: { aumFen: number; name: string }[] };
    const aums = byAum.rows.map((r) => r.aumFen);
    expect(aums).toEqual([...aums].sort((a, b) => b - a));
    type Rows = { rows: { id: string; name: string }[] };
    const page1 = (await call('clients.page', { offset: 0, limit: 25, sort: { field: 'name', order: 'asc' } })) as Rows;
    const page2 = (await call('clients.page', { offset: 25, limit: 25, sort: { field: 'name', order: 'asc' } })) as Rows;
    const ids = [...page1.rows, ...page2.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(50);
    const names = [...page1.rows, ...page2.rows].map((r) => namePinyin(r.name).full);
    expect(names).toEqual([...names].sort());
  });

  it('serves an advisor only their own book', async () => {
    const other = harness.makeCore({ dataDir: harness.temp.file('desk2') });
    await other.call('session.login', { username: 'demo2', password: 'demo1234' });
    await other.call('sync.now');
    expect(await other.call('clients.page', { offset: 0, limit: 500 })).toMatchObject({ total: 20 });
    await other.core.close();
  });
});

describe('a bank answering garbage leaves the local database untouched', () => {
  const garbage: [string, Parameters<FaultProxy['setFault']>[1], string][] = [
    ['HTTP 500', { kind: 'status', status: 500, body: '{"error":{"code":"INTERNAL","message":"boom"}}' }, 'bank.server_error'],
    ['truncated JSON', { kind: 'truncate' }, 'bank.bad_answer'],
    ['a wrong shape', { kind: 'body', body: '{"changes":"all of them","cursor":"9","hasMore":false}' }, 'bank.bad_answer'],
    [
      'one bad record among good ones',
      {
        kind: 'body',
        body: JSON.stringify({
          changes: [
            { seq: 999_999, entity: 'product', data: { id: 'P-NEW', code: 'X', name: '新产品', assetClass: 'cash', riskRating: 'R1', currency: 'CNY', issuer: 'x', benchmark: null, deleted: false } },
            { seq: 1_000_000, entity: 'client', data: { id: 'C-BAD', tier: 'platinum' } },
          ],
          cursor: '1000000',
          hasMore: false,
        }),
      },
      'bank.bad_answer',
    ],
    ['an unknown entity', { kind: 'body', body: '{"changes":[{"seq":999999,"entity":"yacht","data":{}}],"cursor":"999999","hasMore":false}' }, 'bank.bad_answer'],
    ['a cursor going backwards', { kind: 'body', body: '{"changes":[],"cursor":"1","hasMore":false}' }, 'bank.bad_answer'],
    // Otherwise a good empty page, moving forward: only the progress hint is wrong.
    ['a negative remaining count', { kind: 'body', body: '{"changes":[],"cursor":"999999999999","hasMore":false,"remaining":-1}' }, 'bank.bad_answer'],
  ];

  it.each(garbage)('%s', async (_name, fault, reason) => {
    const before = await rosterTotal();
    const beforeFirst = await call('clients.page', { offset: 0, limit: 5 });
    proxy.setFault('/sync/changes', fault);
    const status = (await call('sync.now')) as { state: string; lastError: { reason: string } | null };
    proxy.clearFaults();
    expect(status.state).toBe('error');
    expect(status.lastError?.reason).toBe(reason);
    expect(await rosterTotal()).toBe(before);
    expect(await call('clients.page', { offset: 0, limit: 5 })).toEqual(beforeFirst);
    // and the next good sync works from the same cursor
    expect(await call('sync.now')).toMatchObject({ state: 'idle', lastError: null });
  });

  it('pulls everything again when the bank says the cursor is ahead of its history (409)', async () => {
    // the request that carries our cursor gets 409; the retry starts without one and passes
    proxy.setFault('/sync/changes?cursor', { kind: 'status', status: 409, body: '{"error":{"code":"CONFLICT","message":"cursor ahead"}}' }, 1);
    const status = await call('sync.now');
    proxy.clearFaults();
    expect(status).toMatchObject({ state: 'idle', lastError: null });
    expect(await rosterTotal()).toBe(60);
  });

  it('reports the bank unreachable as offline', async () => {
    proxy.setFault('/sync/changes', { kind: 'reset' });
    const status = await call('sync.now');
    proxy.clearFaults();
    expect(status).toMatchObject({ state: 'offline', lastError: { code: 'OFFLINE' } });
  });
});

describe('offline unlock', () => {
  it('unlocks the local copy with the password of the last online sign-in when the bank is down', async () => {
    await call('session.logout');
    proxy.setFault('/', { kind: 'reset' });
    try {
      expect(await fails('session.login', { username: 'demo', password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(await call('session.login', { username: 'DEMO ', password: 'demo1234' })).toMatchObject({ mode: 'offline', advisor: { username: 'demo' } });
      expect(await rosterTotal()).toBe(60);
      expect(await call('sync.now')).toMatchObject({ state: 'offline' });
    } finally {
      proxy.clearFaults();
    }
  });

  it('signs in to the bank with the unlock password once it is back, then syncs', async () => {
    expect(await call('sync.now')).toMatchObject({ state: 'idle', lastError: null });
  });
});

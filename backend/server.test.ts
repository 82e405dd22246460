import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenResponseSchema } from '../shared/wire/auth';
import type { Change } from '../shared/wire/changes';
import { changesPageSchema } from '../shared/wire/changes';
import { wireErrorSchema } from '../shared/wire/errors';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './demo/advisors';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from './demo/credentials';
import type { DemoBook } from './demo/generate';
import { generateDemoBook } from './demo/generate';
import type { BackendStore } from './store';
import { openStore } from './store';
import type { JsonResponse, Listening } from '../testing/backendHttp';
import type { TempDir } from '../testing/tempDir';
import { fakeClock, listen, request } from '../testing/backendHttp';
import { makeTempDir } from '../testing/tempDir';

const ACCESS_TTL = 900;
const clock = fakeClock('2025-06-15T09:00:00+08:00');
let tmp: TempDir;
let store: BackendStore;
let server: Listening;
let book: DemoBook;

beforeAll(async () => {
  tmp = makeTempDir('backend');
  store = openStore(tmp.file('backend.sqlite'));
  book = generateDemoBook({ seed: 11, clients: 60, asOf: '2025-06-15' });
  store.putRecords(book);
  server = await listen({ store, now: clock.now, accessTokenTtlSec: ACCESS_TTL });
});
afterAll(async () => {
  await server.close();
  store.close();
  tmp.cleanup();
});

const url = (path: string) => server.url + path;

function expectWireError(res: JsonResponse, status: number, code: string, mentions?: string): string {
  expect(res.status).toBe(status);
  const parsed = wireErrorSchema.strict().parse(res.body);
  expect(parsed.error.code).toBe(code);
  if (mentions) expect(parsed.error.message).toContain(mentions);
  expect(parsed.error.message).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  return parsed.error.message;
}

async function login(credentials: { username: string; password: string } = DEMO_CREDENTIALS) {
  const res = await request(url('/auth/login'), { json: credentials });
  expect(res.status).toBe(200);
  return tokenResponseSchema.parse(res.body);
}

/** Walks the feed from the start; checks every page against the wire schema, and its `remaining` against what followed. */
async function walk(token: string, limit: number, from = '0'): Promise<{ changes: Change[]; cursor: string; pages: number }> {
  const changes: Change[] = [];
  const served: { seen: number; remaining: number | undefined }[] = [];
  let cursor = from;
  let pages = 0;
  for (;;) {
    const res = await request(url(`/sync/changes?cursor=${cursor}&limit=${limit}`), { token });
    expect(res.status).toBe(200);
    const page = changesPageSchema.parse(res.body);
    pages++;
    expect(page.changes.length).toBeLessThanOrEqual(limit);
    changes.push(...page.changes);
    served.push({ seen: changes.length, remaining: page.remaining });
    if (page.changes.length > 0) expect(page.cursor).toBe(String(page.changes.at(-1)?.seq));
    if (page.hasMore) expect(page.changes).toHaveLength(limit);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  // Nothing is written during a walk, so each page's hint is exactly what the later pages held.
  expect(served.map((p) => p.remaining)).toEqual(served.map((p) => changes.length - p.seen));
  return { changes, cursor, pages };
}

describe('GET /health', () => {
  it('answers ok', async () => {
    const res = await request(url('/health'));
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });
});

describe('POST /auth/login', () => {
  it('returns tokens and the advisor for the right password', async () => {
    const tokens = await login();
    expect(tokens.advisor).toEqual(DEMO_ADVISOR);
    expect(tokens.expiresIn).toBe(ACCESS_TTL);
    expect(tokens.accessToken).not.toBe(tokens.refreshToken);
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = expectWireError(await request(url('/auth/login'), { json: { username: 'demo', password: 'nope' } }), 401, 'UNAUTHORIZED');
    const unknown = expectWireError(await request(url('/auth/login'), { json: { username: 'ghost', password: 'demo1234' } }), 401, 'UNAUTHORIZED');
    expect(unknown).toBe(wrong);
  });

  it('answers 400 naming the field for a bad body', async () => {
    expectWireError(await request(url('/auth/login'), { json: { username: 'demo' } }), 400, 'BAD_REQUEST', 'password');
    expectWireError(await request(url('/auth/login'), { json: { username: '', password: 'x' } }), 400, 'BAD_REQUEST', 'username');
    expectWireError(await request(url('/auth/login'), { json: { username: 42, password: 'x' } }), 400, 'BAD_REQUEST', 'username');
    expectWireError(await request(url('/auth/login'), { json: ['demo'] }), 400, 'BAD_REQUEST', 'body');
    expectWireError(await request(url('/auth/login'), { body: '{"username":' }), 400, 'BAD_REQUEST', 'body');
    expectWireError(await request(url('/auth/login'), { body: 'username=demo', contentType: 'text/plain' }), 400, 'BAD_REQUEST', 'body');
    expectWireError(await request(url('/auth/login'), { method: 'POST' }), 400, 'BAD_REQUEST', 'body');
  });

  it('refuses a body over 1 MB', async () => {
    const res = await request(url('/auth/login'), { json: { username: 'demo', password: 'x'.repeat(1_100_000) } });
    expectWireError(res, 413, 'LIMIT', 'body');
  });
});

describe('POST /auth/refresh', () => {
  it('rotates the refresh token', async () => {
    const first = await login();
    const res = await request(url('/auth/refresh'), { json: { refreshToken: first.refreshToken } });
    expect(res.status).toBe(200);
    const second = tokenResponseSchema.parse(res.body);
    expect(second.advisor.id).toBe(DEMO_ADVISOR.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    // The new access token works; the old refresh token is spent.
    expect((await request(url('/sync/changes?limit=1'), { token: second.accessToken })).status).toBe(200);
    expectWireError(await request(url('/auth/refresh'), { json: { refreshToken: first.refreshToken } }), 401, 'UNAUTHORIZED');
  });

  it('refuses unknown tokens, access tokens and bad bodies', async () => {
    const tokens = await login();
    expectWireError(await request(url('/auth/refresh'), { json: { refreshToken: 'rt_' + 'x'.repeat(40) } }), 401, 'UNAUTHORIZED');
    expectWireError(await request(url('/auth/refresh'), { json: { refreshToken: tokens.accessToken } }), 401, 'UNAUTHORIZED');
    expectWireError(await request(url('/auth/refresh'), { json: {} }), 400, 'BAD_REQUEST', 'refreshToken');
    expectWireError(await request(url('/auth/refresh'), { json: { refreshToken: 'short' } }), 400, 'BAD_REQUEST', 'refreshToken');
  });
});

describe('GET /sync/changes', () => {
  it('pages through every visible record exactly once, in seq order', async () => {
    const { accessToken } = await login();
    const { changes, cursor, pages } = await walk(accessToken, 137);
    expect(pages).toBeGreaterThan(5);

    const seqs = changes.map((c) => c.seq);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] ?? 0);
    const keys = changes.map((c) => `${c.entity}:${c.data.id}`);
    expect(new Set(keys).size).toBe(keys.length);

    const mine = new Set(book.clients.filter((c) => c.advisorId === DEMO_ADVISOR.id).map((c) => c.id));
    const expected = [
      `advisor:${DEMO_ADVISOR.id}`,
      ...book.products.map((p) => `product:${p.id}`),
      ...book.modelPortfolios.map((m) => `model_portfolio:${m.id}`),
      ...book.navSeries.map((n) => `nav_series:${n.id}`),
      ...book.clients.filter((c) => mine.has(c.id)).map((c) => `client:${c.id}`),
      ...book.holdings.filter((h) => mine.has(h.clientId)).map((h) => `holding:${h.id}`),
      ...book.interactions.filter((i) => mine.has(i.clientId)).map((i) => `interaction:${i.id}`),
    ];
    expect(new Set(keys)).toEqual(new Set(expected));

    // Records arrive exactly as generated (the store round-trips the entity shapes).
    const client = changes.find((c) => c.entity === 'client');
    expect(client?.data).toEqual(book.clients.find((c) => c.id === client?.data.id));
    const model = changes.find((c) => c.entity === 'model_portfolio');
    expect(model?.data).toEqual(book.modelPortfolios.find((m) => m.id === model?.data.id));
    const series = changes.find((c) => c.entity === 'nav_series');
    expect(series?.data).toEqual(book.navSeries.find((n) => n.id === series?.data.id));
    const deleted = changes.find((c) => c.entity === 'interaction' && c.data.deleted);
    expect(deleted).toBeDefined();

    // Past the end: an empty page that keeps the cursor.
    const after = await request(url(`/sync/changes?cursor=${cursor}&limit=137`), { token: accessToken });
    expect(changesPageSchema.parse(after.body)).toEqual({ changes: [], cursor, hasMore: false, remaining: 0 });
  });

  it('never gives demo the clients, holdings or interactions of demo2, nor the reverse', async () => {
    const theirs = new Set(book.clients.filter((c) => c.advisorId === DEMO2_ADVISOR.id).map((c) => c.id));
    expect(theirs.size).toBe(20);
    const demo = (await walk((await login()).accessToken, 5000)).changes;
    for (const c of demo) {
      if (c.entity === 'client') expect(theirs.has(c.data.id)).toBe(false);
      if (c.entity === 'holding' || c.entity === 'interaction') expect(theirs.has(c.data.clientId)).toBe(false);
      if (c.entity === 'advisor') expect(c.data.id).toBe(DEMO_ADVISOR.id);
    }
    const demo2 = (await walk((await login(DEMO2_CREDENTIALS)).accessToken, 5000)).changes;
    const demo2Clients = demo2.filter((c) => c.entity === 'client');
    expect(new Set(demo2Clients.map((c) => c.data.id))).toEqual(theirs);
    for (const c of demo2) {
      if (c.entity === 'holding' || c.entity === 'interaction') expect(theirs.has(c.data.clientId)).toBe(true);
    }
  });

  it('answers 401 without a valid access token', async () => {
    const tokens = await login();
    expectWireError(await request(url('/sync/changes')), 401, 'UNAUTHORIZED', 'authorization');
    expectWireError(await request(url('/sync/changes'), { token: 'at_' + 'b'.repeat(43) }), 401, 'UNAUTHORIZED');
    expectWireError(await request(url('/sync/changes'), { token: tokens.refreshToken }), 401, 'UNAUTHORIZED');
    const res = await fetch(url('/sync/changes'), { headers: { authorization: `Basic ${tokens.accessToken}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 once the access token has expired', async () => {
    const tokens = await login();
    expect((await request(url('/sync/changes?limit=1'), { token: tokens.accessToken })).status).toBe(200);
    clock.advance(ACCESS_TTL + 1);
    expectWireError(await request(url('/sync/changes?limit=1'), { token: tokens.accessToken }), 401, 'UNAUTHORIZED');
  });

  it('answers 400 naming the parameter for a bad cursor or limit', async () => {
    const { accessToken: token } = await login();
    expectWireError(await request(url('/sync/changes?cursor=abc'), { token }), 400, 'BAD_REQUEST', 'cursor');
    expectWireError(await request(url('/sync/changes?cursor=-1'), { token }), 400, 'BAD_REQUEST', 'cursor');
    expectWireError(await request(url('/sync/changes?cursor=1&cursor=2'), { token }), 400, 'BAD_REQUEST', 'cursor');
    expectWireError(await request(url('/sync/changes?limit=5001'), { token }), 400, 'BAD_REQUEST', 'limit');
    expectWireError(await request(url('/sync/changes?limit=0'), { token }), 400, 'BAD_REQUEST', 'limit');
    expectWireError(await request(url('/sync/changes?limit=ten'), { token }), 400, 'BAD_REQUEST', 'limit');
    // Empty values mean "not given".
    expect((await request(url('/sync/changes?cursor=&limit='), { token })).status).toBe(200);
  });

  it('answers 409 for a cursor the server never issued', async () => {
    const { accessToken: token } = await login();
    const ahead = String(store.headSeq() + 1);
    expectWireError(await request(url(`/sync/changes?cursor=${ahead}`), { token }), 409, 'CONFLICT', 'cursor');
    expectWireError(await request(url('/sync/changes?cursor=999999999999999999'), { token }), 409, 'CONFLICT', 'cursor');
  });

  it('delivers a bank-side edit in the next page, and only to the owner', async () => {
    const { accessToken: token } = await login();
    const { cursor } = await walk(token, 5000);
    const mine = book.clients.find((c) => c.advisorId === DEMO_ADVISOR.id);
    const theirs = book.clients.find((c) => c.advisorId === DEMO2_ADVISOR.id);
    if (!mine || !theirs) throw new Error('fixture');

    // demo's cursor is its last visible seq; demo2's rows may lie beyond it.
    const head = store.headSeq();
    const updated = store.updateClient(mine.id, { contactPrefs: '仅接受企业微信文字沟通' }, clock.now());
    store.updateClient(theirs.id, { notes: '不应出现在 demo 的同步中。' }, clock.now());

    const res = await request(url(`/sync/changes?cursor=${cursor}`), { token });
    const page = changesPageSchema.parse(res.body);
    expect(page.changes).toHaveLength(1);
    const [change] = page.changes;
    expect(change?.seq).toBe(head + 1);
    expect(change?.seq).toBeGreaterThan(Number(cursor));
    expect(change).toMatchObject({ entity: 'client', data: { id: mine.id, contactPrefs: '仅接受企业微信文字沟通', version: updated.version } });
    expect(page.hasMore).toBe(false);
    expect(page.cursor).toBe(String(change?.seq));
  });

  it('counts what remains when the page is served: a record edited behind the cursor comes again', async () => {
    const { accessToken: token } = await login();
    const all = (await walk(token, 5000)).changes;
    // The first page ends on one of demo's clients, so editing that client moves it ahead of the cursor.
    const firstClient = all.findIndex((c) => c.entity === 'client');
    const client = all[firstClient];
    if (client?.entity !== 'client') throw new Error('fixture');
    const first = changesPageSchema.parse((await request(url(`/sync/changes?limit=${firstClient + 1}`), { token })).body);
    expect(first).toMatchObject({ cursor: String(client.seq), hasMore: true, remaining: all.length - firstClient - 1 });

    store.updateClient(client.data.id, { notes: '拉取途中银行端修改的记录。' }, clock.now());
    store.updateClient(client.data.id, { notes: '再改一次，仍只算一条。' }, clock.now());
    const second = changesPageSchema.parse((await request(url(`/sync/changes?cursor=${first.cursor}&limit=10`), { token })).body);
    expect(second.remaining).toBe(all.length - firstClient - 1 - 10 + 1);
    const rest = await walk(token, 5000, second.cursor);
    expect(rest.changes).toHaveLength(second.remaining ?? -1);
    expect(rest.changes.at(-1)?.data).toMatchObject({ id: client.data.id, notes: '再改一次，仍只算一条。' });
  });
});

describe('other routes', () => {
  it('answers 404 in the wire error shape', async () => {
    expectWireError(await request(url('/nope')), 404, 'NOT_FOUND');
    expectWireError(await request(url('/auth/login')), 404, 'NOT_FOUND');
  });

  it('marks answers as not cacheable', async () => {
    const res = await request(url('/health'));
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../../../shared/wire';
import type { DeskHarness } from '../../../../testing/deskHarness';
import { startDeskHarness } from '../../../../testing/deskHarness';
import { until } from '../../../../testing/until';
import { BankError, createBankClient } from '../bankClient';
import { inThreadFeed } from './pageFeed';
import { FEED_AHEAD, feedWorkerFile, workerFeed } from './workerFeed';

/** The feed worker against the real reference backend, through the fault proxy. */
const PAGE = 50;
let harness: DeskHarness;
let token: string;
beforeAll(async () => {
  harness = await startDeskHarness({ clients: 20, prefix: 'worker-feed' });
  token = (await createBankClient({ baseUrl: harness.proxy.url }).login({ username: 'demo', password: 'demo1234' })).accessToken;
});
afterAll(() => harness.close());
afterEach(() => harness.proxy.clearFaults());

const file = () => {
  const found = feedWorkerFile();
  if (!found) throw new Error('the feed worker bundle is built by the tests global set-up (scripts/vitestGlobalSetup.ts)');
  return found;
};
const fetchHere = (cursor: string) => createBankClient({ baseUrl: harness.proxy.url }).changes(token, cursor, PAGE);
const options = (cursor = '0') => ({ baseUrl: harness.proxy.url, cursor, pageSize: PAGE, accessToken: async () => token, fallback: (from: string) => inThreadFeed(fetchHere, from) });
const requests = () => harness.proxy.forwardedBodies('/sync/changes').length;

describe('the feed worker', () => {
  it('gives the same pages as fetching them here, in order, and fetches at most FEED_AHEAD ahead of what was taken', async () => {
    const bank = createBankClient({ baseUrl: harness.proxy.url });
    const direct: ChangesPage[] = [];
    for (let cursor = '0'; ; ) {
      const page = await bank.changes(token, cursor, PAGE);
      direct.push(page);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(direct.length).toBeGreaterThan(FEED_AHEAD + 2);

    const before = requests();
    const feed = await workerFeed(file(), options());
    try {
      const first = await feed.next();
      // Nothing more is taken for a while: the worker stops at its allowance, FEED_AHEAD past what was taken.
      await until(async () => requests() - before >= first.length + FEED_AHEAD, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests() - before).toBe(first.length + FEED_AHEAD);
      const viaWorker = [...first];
      while (viaWorker.at(-1)?.hasMore) viaWorker.push(...(await feed.next()));
      expect(viaWorker).toEqual(direct);
    } finally {
      feed.close();
    }
  });

  it("answers the bank's refusal as the BankError the engine acts on, after the pages before it", async () => {
    const feed = await workerFeed(file(), options());
    try {
      const before = requests();
      const first = await feed.next();
      expect(first[0]?.changes.length).toBe(PAGE);
      // The worker has fetched its allowance ahead; then the bank starts refusing.
      await until(async () => requests() - before >= first.length + FEED_AHEAD, 10_000);
      harness.proxy.setFault('/sync/changes', { kind: 'status', status: 401, body: JSON.stringify({ code: 'UNAUTHORIZED', message: 'token expired' }) });
      const taken: ChangesPage[] = [];
      const failure = await (async () => {
        for (;;) taken.push(...(await feed.next()));
      })().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BankError);
      expect((failure as BankError).kind).toBe('unauthorized');
      expect(taken).toHaveLength(FEED_AHEAD);
      expect(taken[0]?.changes[0]?.seq).toBeGreaterThan(Number(first.at(-1)?.cursor));
    } finally {
      feed.close();
    }
  });

  it('hands the pull to this thread when the worker dies, from where it was, never a hang', async () => {
    const dying = `${harness.temp.dir}/dying-feed.cjs`;
    fs.writeFileSync(dying, 'process.exit(7);\n');
    const feed = await workerFeed(dying, options());
    try {
      const [page] = await feed.next();
      expect(page).toEqual(await fetchHere('0'));
    } finally {
      feed.close();
    }
  });
});

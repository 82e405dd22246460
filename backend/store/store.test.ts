import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from '../demo/advisors';
import { generateDemoBook } from '../demo/generate';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { BackendStore } from './store';
import { PAGE_KEYS, REMAINING_AFTER } from './changes';
import { MIGRATIONS } from './migrations';
import { openStore } from './store';

const TTLS = { accessSec: 60, refreshSec: 3600 };
const NOW = new Date('2025-06-15T09:00:00+08:00');

let tmp: TempDir;
let store: BackendStore;
beforeEach(() => {
  tmp = makeTempDir('backend');
  store = openStore(tmp.file('backend.sqlite'));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('openStore', () => {
  it('migrates a new file to the latest schema with WAL and foreign keys', () => {
    store.close();
    const db = new Database(tmp.file('backend.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    store = openStore(tmp.file('backend.sqlite'));
    expect(store.isEmpty()).toBe(true);
    expect(store.headSeq()).toBe(0);
  });

  it('keeps data across reopening', () => {
    store.putRecords(generateDemoBook({ seed: 1, clients: 3, asOf: '2025-06-15' }));
    const counts = store.counts();
    const head = store.headSeq();
    store.close();
    store = openStore(tmp.file('backend.sqlite'));
    expect(store.isEmpty()).toBe(false);
    expect(store.counts()).toEqual(counts);
    expect(store.headSeq()).toBe(head);
  });

  it('refuses a file from a newer backend', () => {
    store.close();
    const db = new Database(tmp.file('backend.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    expect(() => openStore(tmp.file('backend.sqlite'))).toThrow(/newer/);
    store = openStore(tmp.file('other.sqlite'));
  });
});

describe('putRecords and the change sequence', () => {
  it('gives every written row its own seq, parents first', () => {
    const book = generateDemoBook({ seed: 1, clients: 4, asOf: '2025-06-15' });
    const written = store.putRecords(book);
    const total =
      book.advisors.length +
      book.products.length +
      book.modelPortfolios.length +
      book.navSeries.length +
      book.clients.length +
      book.holdings.length +
      book.interactions.length;
    expect(written).toBe(total);
    expect(store.headSeq()).toBe(total);
    const page = store.changesSince(DEMO_ADVISOR.id, 0, 5000);
    const seqs = page.changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    // Each entity's block comes after the blocks it refers to.
    const blocks = ['advisor', 'product', 'model_portfolio', 'nav_series', 'client', 'holding', 'interaction'];
    for (const [before, after] of blocks.slice(0, -1).map((b, i) => [b, blocks[i + 1]])) {
      const lastBefore = page.changes.findLastIndex((c) => c.entity === before);
      const firstAfter = page.changes.findIndex((c) => c.entity === after);
      expect([before, lastBefore < firstAfter]).toEqual([before, true]);
    }
  });

  it('rejects a holding of an unknown client', () => {
    const book = generateDemoBook({ seed: 1, clients: 1, asOf: '2025-06-15' });
    store.putRecords({ advisors: book.advisors, products: book.products });
    const [first] = book.holdings;
    if (!first) throw new Error('fixture');
    expect(() => store.putRecords({ holdings: [{ ...first, clientId: 'nobody' }] })).toThrow(/unknown client/);
    expect(store.headSeq()).toBe(book.advisors.length + book.products.length);
  });
});

/** The (seq) and (owner, seq) indexes the feed reads; each covers (seq, rowid). */
const FEED_INDEXES = ['products_seq', 'model_portfolios_seq', 'nav_series_seq', 'clients_advisor_seq', 'holdings_owner_seq', 'interactions_owner_seq', 'reports_owner_seq'];

describe('changesSince', () => {
  beforeEach(() => {
    store.putRecords(generateDemoBook({ seed: 3, clients: 6, asOf: '2025-06-15' }));
  });

  it('returns the advisor, every product, model portfolio and NAV series, and only their own book', () => {
    const mine = store.changesSince(DEMO2_ADVISOR.id, 0, 5000);
    const advisors = mine.changes.filter((c) => c.entity === 'advisor');
    expect(advisors.map((c) => c.data.id)).toEqual([DEMO2_ADVISOR.id]);
    expect(mine.changes.filter((c) => c.entity === 'product')).toHaveLength(60);
    expect(mine.changes.filter((c) => c.entity === 'model_portfolio').map((c) => c.data.id)).toEqual(['MP-C1', 'MP-C2', 'MP-C3', 'MP-C4', 'MP-C5']);
    expect(mine.changes.filter((c) => c.entity === 'nav_series').length).toBeGreaterThan(30);
    for (const c of mine.changes) {
      if (c.entity === 'client') expect(c.data.advisorId).toBe(DEMO2_ADVISOR.id);
    }
    expect(mine.hasMore).toBe(false);
  });

  it('reads each table by its index and merges without sorting', () => {
    const db = new Database(tmp.file('backend.sqlite'), { readonly: true });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${PAGE_KEYS}`).all({ advisorId: 'x', cursor: 0, take: 10 }) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    db.close();
    expect(plan).toContain('MERGE (UNION ALL)');
    expect(plan).not.toContain('TEMP B-TREE');
    for (const index of FEED_INDEXES) {
      expect(plan).toContain(`COVERING INDEX ${index}`);
    }
  });

  it('counts what remains from the same covering indexes, without reading a table', () => {
    const db = new Database(tmp.file('backend.sqlite'), { readonly: true });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${REMAINING_AFTER}`).all({ advisorId: 'x', cursor: 0 }) as { detail: string }[]).map((r) => r.detail);
    db.close();
    // Seven range counts over index pages, and the advisor's own record by its key: no table is scanned.
    expect(plan.filter((detail) => detail.startsWith('SCAN ') && detail !== 'SCAN CONSTANT ROW')).toEqual([]);
    for (const index of FEED_INDEXES) expect(plan.some((detail) => detail.includes(`COVERING INDEX ${index} (`))).toBe(true);
    expect(plan.filter((detail) => detail.startsWith('SEARCH '))).toHaveLength(8);
  });

  it('says how many of the advisor\'s changes follow each page, and 0 on the last', () => {
    const total = store.changesSince(DEMO_ADVISOR.id, 0, 5000).changes.length;
    const first = store.changesSince(DEMO_ADVISOR.id, 0, 40);
    expect(first).toMatchObject({ hasMore: true, remaining: total - 40 });
    const rest = store.changesSince(DEMO_ADVISOR.id, Number(first.cursor), 5000);
    expect(rest).toMatchObject({ hasMore: false, remaining: 0 });
    expect(rest.changes).toHaveLength(total - 40);
    // Another advisor's feed counts their own book, not demo's.
    const theirs = store.changesSince(DEMO2_ADVISOR.id, 0, 40);
    expect(theirs.remaining).toBe(store.changesSince(DEMO2_ADVISOR.id, 0, 5000).changes.length - 40);
  });

  it('gives an unknown advisor the bank-wide records only', () => {
    const page = store.changesSince('nobody', 0, 5000);
    expect(new Set(page.changes.map((c) => c.entity))).toEqual(new Set(['product', 'model_portfolio', 'nav_series']));
  });

  it('returns the asked cursor on an empty page', () => {
    const head = store.headSeq();
    expect(store.changesSince(DEMO_ADVISOR.id, head, 10)).toEqual({ changes: [], cursor: String(head), hasMore: false, remaining: 0 });
  });

  it('moves an edited client and a deleted interaction to the end of the feed', () => {
    const head = store.headSeq();
    const client = store.changesSince(DEMO_ADVISOR.id, 0, 5000).changes.find((c) => c.entity === 'client');
    const interaction = store.changesSince(DEMO_ADVISOR.id, 0, 5000).changes.find((c) => c.entity === 'interaction' && !c.data.deleted);
    if (client?.entity !== 'client' || interaction?.entity !== 'interaction') throw new Error('fixture');
    const updated = store.updateClient(client.data.id, { notes: '客户更新了联系地址。' }, NOW);
    expect(updated.version).toBe(client.data.version + 1);
    expect(updated.updatedAt).toBe('2025-06-15T09:00:00+08:00');
    store.deleteInteraction(interaction.data.id, NOW);
    const page = store.changesSince(DEMO_ADVISOR.id, head, 10);
    expect(page.changes.map((c) => [c.seq, c.entity, c.data.id])).toEqual([
      [head + 1, 'client', client.data.id],
      [head + 2, 'interaction', interaction.data.id],
    ]);
    expect(page.changes[1]?.data).toMatchObject({ deleted: true, version: interaction.data.version + 1 });
  });
});

describe('tokens', () => {
  beforeEach(() => {
    store.putRecords({ advisors: generateDemoBook({ seed: 1, clients: 0, asOf: '2025-06-15' }).advisors });
  });

  it('accepts an access token until it expires', () => {
    const tokens = store.issueTokens(DEMO_ADVISOR.id, NOW, TTLS);
    expect(store.advisorForAccessToken(tokens.accessToken, NOW)).toBe(DEMO_ADVISOR.id);
    expect(store.advisorForAccessToken(tokens.accessToken, new Date(NOW.getTime() + 60_000))).toBeUndefined();
    expect(store.advisorForAccessToken(tokens.refreshToken, NOW)).toBeUndefined();
  });

  it('rotates a refresh token exactly once', () => {
    const tokens = store.issueTokens(DEMO_ADVISOR.id, NOW, TTLS);
    const rotated = store.rotateRefreshToken(tokens.refreshToken, NOW, TTLS);
    expect(rotated?.advisorId).toBe(DEMO_ADVISOR.id);
    expect(rotated?.tokens.refreshToken).not.toBe(tokens.refreshToken);
    expect(store.rotateRefreshToken(tokens.refreshToken, NOW, TTLS)).toBeUndefined();
    expect(store.rotateRefreshToken(tokens.accessToken, NOW, TTLS)).toBeUndefined();
  });

  it('stores only token hashes and prunes expired ones', () => {
    const tokens = store.issueTokens(DEMO_ADVISOR.id, NOW, TTLS);
    store.close();
    const raw = new Database(tmp.file('backend.sqlite'));
    const hashes = raw.prepare('SELECT token_hash FROM tokens').pluck().all() as string[];
    raw.close();
    expect(hashes).toHaveLength(2);
    expect(hashes).not.toContain(tokens.accessToken);
    store = openStore(tmp.file('backend.sqlite'));
    expect(store.pruneExpiredTokens(new Date(NOW.getTime() + 3600_000))).toBe(2);
  });
});

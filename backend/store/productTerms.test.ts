import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productSchema } from '../../shared/domain/entities';
import type { Product } from '../../shared/domain/entities';
import { generateDemoBook } from '../demo/generate';
import { DEMO_ADVISOR } from '../demo/advisors';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { BackendStore } from './store';
import { openStore } from './store';

let tmp: TempDir;
let store: BackendStore;
beforeEach(() => {
  tmp = makeTempDir('backend-terms');
  store = openStore(tmp.file('backend.sqlite'));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const feedProducts = () =>
  store
    .changesSince(DEMO_ADVISOR.id, 0, 5000)
    .changes.flatMap((c) => (c.entity === 'product' ? [c.data] : []))
    .reduce((latest, p) => latest.set(p.id, p), new Map<string, Product>());

describe('product terms on the feed (migration 0050)', () => {
  it('serves liquidity, lock-up, sale and minimums as given, and leaves out what was not given', () => {
    const book = generateDemoBook({ seed: 1, clients: 1, asOf: '2026-11-28' });
    store.putRecords({ advisors: book.advisors, products: book.products });
    const served = feedProducts();
    for (const p of book.products) expect(productSchema.parse(served.get(p.id))).toEqual(p);
    const bare: Product = { id: 'PRD-BARE', code: 'BARE01', name: '未标注产品', assetClass: 'insurance', riskRating: 'R1', currency: 'CNY', issuer: '某行', benchmark: null, deleted: false };
    store.putRecords({ products: [bare] });
    expect(feedProducts().get('PRD-BARE')).toEqual(bare); // no null keys: the fields are absent
    // A later record without the fields clears them.
    const [first] = book.products;
    const { liquidity: _l, lockedUntil: _u, onSale: _o, minPurchaseFen: _m, stepFen: _s, ...plain } = first!;
    store.putRecords({ products: [plain] });
    expect(feedProducts().get(first!.id)).toEqual(plain);
  });
});

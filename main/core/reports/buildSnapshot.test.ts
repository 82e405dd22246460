import { describe, expect, it } from 'vitest';
import { reportSnapshotSchema } from '../../../reports/snapshot';
import { reportFigures } from '../../../reports/model/figures';
import type { Product } from '../../../shared/domain';
import { parseDate } from '../../../shared/time/zoned';
import { bookFixture } from '../../../testing/bookFixture';
import { createChangeApplier } from '../sync/applyChanges';
import { buildSnapshot } from './buildSnapshot';

const AS_OF = '2026-11-28';

/** A book with the demo shelf (with its terms), models and advisors, and a client holding a policy. */
function setup() {
  const { db, demo } = bookFixture({ clients: 40, asOf: AS_OF });
  const applier = createChangeApplier(db);
  applier.applyRecords([
    ...demo.advisors.map(({ advisor }) => ({ entity: 'advisor' as const, data: advisor })),
    ...demo.modelPortfolios.map((data) => ({ entity: 'model_portfolio' as const, data })),
  ]);
  const products = new Map(demo.products.map((p) => [p.id, p]));
  const client = demo.clients.find((c) => c.riskLevel !== null && demo.holdings.some((h) => h.clientId === c.id && products.get(h.productId)?.assetClass === 'insurance'))!;
  const snapshot = () =>
    buildSnapshot(db, { clientId: client.id, kind: 'allocation', notes: '', nextYearPlan: '', survey: null }, { reportId: 'RPT-1', advisorId: client.advisorId, now: new Date('2026-11-28T04:00:00Z'), today: parseDate(AS_OF) });
  return { db, demo, applier, client, products, snapshot };
}

describe('the report snapshot carries what advice needs (schema 3)', () => {
  it('freezes each holding\'s liquidity and each suggested product\'s terms of sale, as the bank sent them', () => {
    const { products, snapshot } = setup();
    const s = reportSnapshotSchema.parse(snapshot());
    expect(s.schema).toBe(3);
    for (const h of s.holdings) {
      const p = products.get(h.productId)!;
      expect(h.liquidity).toBe(p.liquidity);
      expect(h.lockedUntil).toBe(p.lockedUntil);
    }
    expect(s.holdings.some((h) => h.liquidity === 'insurance_policy')).toBe(true);
    expect(s.suggestedProducts.length).toBeGreaterThan(0);
    for (const p of s.suggestedProducts) {
      const shelf = products.get(p.id)!;
      expect([p.onSale, p.minPurchaseFen, p.stepFen]).toEqual([shelf.onSale, shelf.minPurchaseFen, shelf.stepFen]);
    }
    // And the report made from it never sells the policy.
    expect(reportFigures(s).plan?.sales.every((sale) => sale.assetClass !== 'insurance')).toBe(true);
  });

  it('leaves out what a bank does not send, and a later record without the fields clears them', () => {
    const { applier, demo, snapshot } = setup();
    const bare = demo.products.map(({ liquidity: _l, lockedUntil: _u, onSale: _o, minPurchaseFen: _m, stepFen: _s, ...p }): Product => p);
    applier.applyRecords(bare.map((data) => ({ entity: 'product' as const, data })));
    const s = reportSnapshotSchema.parse(snapshot());
    expect(s.holdings.every((h) => h.liquidity === undefined && h.lockedUntil === undefined)).toBe(true);
    expect(s.suggestedProducts.every((p) => !('onSale' in p) && !('minPurchaseFen' in p) && !('stepFen' in p))).toBe(true);
    // Nothing is on sale then, and insurance is still a policy: nothing is bought, no policy sold.
    const plan = reportFigures(s).plan!;
    expect(plan.purchases).toEqual([]);
    expect(plan.sales).toEqual([]);
  });

  it('reads damaged columns back as a fixed holding and a product not offered', () => {
    const { db, snapshot } = setup();
    db.pragma('ignore_check_constraints = ON');
    db.prepare(`UPDATE products SET locked_until = 'soon', on_sale = 7`).run();
    const s = reportSnapshotSchema.parse(snapshot());
    expect(s.holdings.every((h) => h.liquidity === 'held_to_maturity')).toBe(true);
    expect(s.suggestedProducts.every((p) => p.onSale !== true)).toBe(true);
  });
});

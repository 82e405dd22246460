import { describe, expect, it } from 'vitest';
import { exceedsClientRisk } from '../../../shared/rules/suitability';
import { bookFixture } from '../../../testing/bookFixture';
import { CadenceService } from '../cadence/cadenceService';
import { ChangeNotifier } from '../changes/changeNotifier';
import { DisposableStore } from '../lifecycle/disposables';
import { client360 } from './client360';

const today = { year: 2026, month: 11, day: 28 };
const { db, demo } = bookFixture({ clients: 60, asOf: '2026-11-28' });
const products = new Map(demo.products.map((p) => [p.id, p]));
const cadence = new CadenceService(db, () => new Date('2026-11-28T04:00:00Z'), new ChangeNotifier(), new DisposableStore());

describe('client 360', () => {
  it('adds up the holdings, weights and allocation from the cache, and flags unsuitable products', () => {
    let flagged = 0;
    for (const client of demo.clients.filter((c) => !c.deleted && c.advisorId === demo.advisors[0]!.advisor.id).slice(0, 30)) {
      const view = client360(db, client.id, today, cadence);
      const holdings = demo.holdings.filter((h) => h.clientId === client.id && !h.deleted);
      const total = holdings.reduce((s, h) => s + h.marketValueFen, 0);
      expect(view.totalFen).toBe(total);
      expect(view.gainFen).toBe(holdings.reduce((s, h) => s + h.marketValueFen - h.costFen, 0));
      expect(view.holdings).toHaveLength(holdings.length);
      expect(view.holdings.reduce((s, h) => s + h.weight, 0)).toBeCloseTo(1, 9);
      expect(view.allocation.reduce((s, a) => s + a.marketValueFen, 0)).toBe(total);
      for (const line of view.holdings) {
        const product = products.get(line.productId)!;
        expect(line).toMatchObject({ productName: product.name, assetClass: product.assetClass, riskRating: product.riskRating });
        expect(line.unsuitable).toBe(exceedsClientRisk(product.riskRating, client.riskLevel));
        if (line.unsuitable) flagged++;
      }
      expect(view.client.phoneMasked).not.toBe(client.phone);
      expect(view.client.phoneMasked?.slice(-4)).toBe(client.phone?.slice(-4));
    }
    expect(flagged).toBeGreaterThan(0); // the demo book has deliberate suitability breaches
  });
});

import { describe, expect, it } from 'vitest';
import { exceedsClientRisk } from '../../../shared/rules/suitability';
import { bookFixture } from '../../../testing/bookFixture';
import { client360 } from './client360';
import { revealIdentifier } from './revealIdentifier';

const today = { year: 2026, month: 11, day: 28 };
const { db, demo } = bookFixture({ clients: 60, asOf: '2026-11-28' });
const products = new Map(demo.products.map((p) => [p.id, p]));

describe('client 360', () => {
  it('adds up the holdings, weights and allocation from the cache, and flags unsuitable products', () => {
    let flagged = 0;
    for (const client of demo.clients.filter((c) => !c.deleted && c.advisorId === demo.advisors[0]!.advisor.id).slice(0, 30)) {
      const view = client360(db, client.id, today);
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

  it('reveals an identifier only with an audit entry, which names the field, never the value', () => {
    const client = demo.clients.find((c) => c.phone && c.idNumber)!;
    const count = () => db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'identifier_revealed'`).pluck().get() as number;
    const before = count();
    expect(revealIdentifier(db, client.id, 'phone', { actor: 'A1', now: '2026-11-28T04:00:00Z' })).toBe(client.phone);
    expect(revealIdentifier(db, client.id, 'idNumber', { actor: 'A1', now: '2026-11-28T04:00:01Z' })).toBe(client.idNumber);
    expect(count()).toBe(before + 2);
    const entries = db.prepare(`SELECT entity_id, details FROM audit_log WHERE action = 'identifier_revealed' ORDER BY id DESC LIMIT 2`).all() as { entity_id: string; details: string }[];
    expect(entries.map((e) => JSON.parse(e.details))).toEqual([{ field: 'idNumber' }, { field: 'phone' }]);
    const stored = JSON.stringify(db.prepare(`SELECT * FROM audit_log`).all()) + JSON.stringify(db.prepare(`SELECT payload FROM outbox`).all());
    expect(stored).not.toContain(client.phone!);
    expect(stored).not.toContain(client.idNumber!);
  });
});

import { describe, expect, it } from 'vitest';
import { client360Schema } from '../../../shared/api';
import { assessmentExpiresOn, assessmentStatus } from '../../../shared/rules/assessment';
import { suitabilityRule } from '../../../shared/rules/suitability';
import { addDays, formatDate, parseDate } from '../../../shared/time/zoned';
import { bookFixture } from '../../../testing/bookFixture';
import { CadenceService } from '../cadence/cadenceService';
import { ChangeNotifier } from '../changes/changeNotifier';
import { DisposableStore } from '../lifecycle/disposables';
import { client360 } from './client360';
import { createClientsService } from './clientsService';

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
        const verdict = suitabilityRule(client, today).of(product.riskRating);
        expect(line).toMatchObject({ unsuitable: !verdict.suitable, suitability: verdict.reason });
        if (line.unsuitable) flagged++;
      }
      expect(view.client.phoneMasked).not.toBe(client.phone);
      expect(view.client.phoneMasked?.slice(-4)).toBe(client.phone?.slice(-4));
    }
    expect(flagged).toBeGreaterThan(0); // the demo book has deliberate suitability breaches
  });

  it('flags every holding of a client whose assessment expired, with that reason, on the bank day', () => {
    const expired = demo.clients.filter((c) => !c.deleted && c.riskLevel !== null && assessmentStatus(c.riskAssessedAt, today).state === 'expired');
    const withHoldings = expired.filter((c) => demo.holdings.some((h) => h.clientId === c.id && !h.deleted));
    expect(withHoldings.length).toBeGreaterThan(0); // the demo book has clients to re-assess
    // And one assessed a year ago to the day, at 00:30 on 28 November in Shanghai (still the 27th in UTC).
    const c5 = demo.clients.find((c) => !c.deleted && c.riskLevel === 'C5' && !withHoldings.includes(c) && demo.holdings.some((h) => h.clientId === c.id && !h.deleted))!;
    const assessedOn = db.prepare('SELECT risk_assessed_at FROM clients WHERE id = ?').pluck().get(c5.id);
    db.prepare(`UPDATE clients SET risk_assessed_at = '2025-11-28' WHERE id = ?`).run(c5.id);
    try {
      const clients = createClientsService({ db, now: () => new Date('2026-11-27T16:30:00Z'), cadence });
      for (const client of [...withHoldings, c5]) {
        const view = client360Schema.parse(clients.view360(client.id)); // what clients.get360 answers, checked as it checks it
        expect(view.assessment.state).toBe('expired');
        expect(view.holdings.length).toBeGreaterThan(0);
        for (const line of view.holdings) expect(line, line.productId).toMatchObject({ unsuitable: true, suitability: 'assessment_expired' });
      }
    } finally {
      db.prepare('UPDATE clients SET risk_assessed_at = ? WHERE id = ?').run(assessedOn, c5.id);
    }
  });

  it('holds on the day before the anniversary and not on it (the 360 page and the rule agree)', () => {
    const client = demo.clients.find((c) => !c.deleted && c.riskLevel === 'C5' && demo.holdings.some((h) => h.clientId === c.id && !h.deleted))!;
    const anniversary = assessmentExpiresOn(client.riskAssessedAt!);
    const onDay = (day: string) => client360(db, client.id, parseDate(day), cadence).holdings.map((h) => h.suitability);
    const dayBefore = formatDate(addDays(parseDate(anniversary), -1));
    expect(new Set(onDay(dayBefore))).toEqual(new Set(['suitable']));
    expect(new Set(onDay(anniversary))).toEqual(new Set(['assessment_expired']));
  });
});

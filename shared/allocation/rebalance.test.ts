import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssetClass, ModelPortfolio } from '../domain';
import { ASSET_CLASSES, CLIENT_RISK_LEVELS, PRODUCT_LIQUIDITIES, PRODUCT_RISK_RATINGS } from '../domain/enums';
import { suitabilityRule } from '../rules/suitability';
import { CONCENTRATION_LIMIT, allocationLines } from './allocation';
import type { PlanPosition, PlanProduct, RebalancePlan } from './rebalance';
import { SHORTFALL_TOLERANCE, purchasable, rebalancePlan, sellable } from './rebalance';

const AS_OF = '2026-11-28';
const WAN = 1_000_000; // 1万 yuan in fen

const pos = (productId: string, assetClass: AssetClass, yuan: number, extra: Partial<PlanPosition> = {}): PlanPosition => ({
  productId,
  productName: productId,
  assetClass,
  riskRating: 'R2',
  marketValueFen: yuan * 100,
  costFen: yuan * 100,
  ...extra,
});

const model = (suggested: Partial<Record<AssetClass, string[]>>): ModelPortfolio => ({
  id: 'M3',
  riskLevel: 'C3',
  name: '稳健型',
  weights: [
    { assetClass: 'cash', target: 0.1, min: 0.05, max: 0.15, suggestedProductIds: suggested.cash ?? [] },
    { assetClass: 'fixed_income', target: 0.45, min: 0.35, max: 0.55, suggestedProductIds: suggested.fixed_income ?? [] },
    { assetClass: 'equity', target: 0.3, min: 0.2, max: 0.4, suggestedProductIds: suggested.equity ?? [] },
    { assetClass: 'alternative', target: 0.1, min: 0.05, max: 0.15, suggestedProductIds: suggested.alternative ?? [] },
    { assetClass: 'insurance', target: 0.05, min: 0, max: 0.1, suggestedProductIds: suggested.insurance ?? [] },
  ],
  version: 1,
  deleted: false,
});

const valid = suitabilityRule({ riskLevel: 'C3', riskAssessedAt: '2026-03-15' }, AS_OF);

describe('advice an RM can sign', () => {
  it('keeps insurance policies, closed periods, lock-ups and held-to-maturity products; a bank that says nothing has insurance fixed', () => {
    expect(sellable({ assetClass: 'insurance' }, AS_OF)).toBe(false);
    expect(sellable({ assetClass: 'equity' }, AS_OF)).toBe(true);
    expect(sellable({ assetClass: 'insurance', liquidity: 'liquid' }, AS_OF)).toBe(true); // the bank's word wins
    expect(sellable({ assetClass: 'fixed_income', liquidity: 'held_to_maturity' }, AS_OF)).toBe(false);
    expect(sellable({ assetClass: 'fixed_income', liquidity: 'closed_period' }, AS_OF)).toBe(false);
    expect(sellable({ assetClass: 'fixed_income', liquidity: 'closed_period', lockedUntil: AS_OF }, AS_OF)).toBe(false); // its last locked day
    expect(sellable({ assetClass: 'fixed_income', liquidity: 'closed_period', lockedUntil: '2026-11-27' }, AS_OF)).toBe(true);
    expect(sellable({ assetClass: 'equity', liquidity: 'liquid', lockedUntil: '2027-01-31' }, AS_OF)).toBe(false); // a lock-up
  });

  it('buys whole minimums and steps', () => {
    expect(purchasable(45_000 * 100, 5 * WAN, WAN)).toBe(0);
    expect(purchasable(57_999 * 100, 5 * WAN, WAN)).toBe(5 * WAN);
    expect(purchasable(123 * WAN + 5, WAN, WAN)).toBe(123 * WAN);
    expect(purchasable(1234, 0, 1)).toBe(1234);
  });

  it('does not surrender insurance nor put everything in one bond: the issue case, said per class', () => {
    // 10M yuan: 3M of whole-life and annuity policies (5 % target), 7M in cash; the model suggests one savings bond.
    const positions = [pos('INS-WL', 'insurance', 2_000_000), pos('INS-AN', 'insurance', 1_000_000), pos('CASH', 'cash', 7_000_000)];
    const products: PlanProduct[] = [
      { id: 'BOND', name: '储蓄国债', riskRating: 'R1', onSale: true, minPurchaseFen: WAN, stepFen: WAN },
      { id: 'FI2', name: '中短债', riskRating: 'R2', onSale: true, minPurchaseFen: WAN, stepFen: WAN },
      { id: 'EQ1', name: '沪深300增强', riskRating: 'R3', onSale: true, minPurchaseFen: WAN, stepFen: WAN },
    ];
    const m = model({ fixed_income: ['BOND', 'FI2'], equity: ['EQ1'] });
    const plan = rebalancePlan(positions, allocationLines(positions, m), m, products, valid, AS_OF);
    expect(plan.sales.every((s) => s.productId === 'CASH')).toBe(true);
    expect(plan.purchases.map((p) => [p.productId, p.amountFen])).toEqual([
      ['BOND', 150 * WAN], // 15 % of 10M
      ['FI2', 150 * WAN],
      ['EQ1', 150 * WAN],
    ]);
    const by = (c: AssetClass) => plan.classes.find((l) => l.assetClass === c)!;
    expect(by('insurance')).toMatchObject({ moveFen: 0, shortfall: 'fixed', sellableFen: 0 });
    expect(by('fixed_income').shortfall).toBe('product_limits');
    expect(by('alternative').shortfall).toBe('no_product');
    expect(plan.sales.reduce((s, x) => s + x.amountFen, 0)).toBe(450 * WAN);
  });

  it('offers nothing not on sale (unknown is not offered) and nothing on an expired assessment', () => {
    const positions = [pos('CASH', 'cash', 1_000_000)];
    const m = model({ equity: ['EQ1', 'EQ2'] });
    const products: PlanProduct[] = [
      { id: 'EQ1', name: 'a', riskRating: 'R3' },
      { id: 'EQ2', name: 'b', riskRating: 'R3', onSale: false },
    ];
    const plan = rebalancePlan(positions, allocationLines(positions, m), m, products, valid, AS_OF);
    expect(plan.purchases).toEqual([]);
    expect(plan.sales).toEqual([]);
    const expired = suitabilityRule({ riskLevel: 'C3', riskAssessedAt: '2025-11-28' }, AS_OF);
    const offered = [{ ...products[0]!, onSale: true }];
    const blocked = rebalancePlan(positions, allocationLines(positions, m), m, offered, expired, AS_OF);
    expect(blocked).toMatchObject({ purchases: [], sales: [], blockedBy: 'assessment_expired' });
  });

  describe('over random portfolios and shelves', () => {
    const classOf = fc.constantFrom(...ASSET_CLASSES);
    const liquidity = fc.option(fc.constantFrom(...PRODUCT_LIQUIDITIES), { nil: undefined });
    const lockedUntil = fc.option(fc.constantFrom('2026-01-31', AS_OF, '2027-06-30'), { nil: undefined });
    const holding = fc.record({
      product: fc.integer({ min: 0, max: 14 }),
      assetClass: classOf,
      riskRating: fc.constantFrom(...PRODUCT_RISK_RATINGS),
      fen: fc.integer({ min: 1, max: 2_000_000_000 }),
      liquidity,
      lockedUntil,
    });
    const offered = fc.record({
      riskRating: fc.constantFrom(...PRODUCT_RISK_RATINGS),
      onSale: fc.option(fc.boolean(), { nil: undefined }),
      minPurchaseFen: fc.option(fc.constantFrom(100, WAN, 5 * WAN, 100 * WAN), { nil: undefined }),
      stepFen: fc.option(fc.constantFrom(1, 100, WAN, 5 * WAN), { nil: undefined }),
    });
    const scenario = fc.record({
      holdings: fc.array(holding, { minLength: 1, maxLength: 20 }),
      shelf: fc.array(offered, { minLength: 0, maxLength: 10 }),
      suggested: fc.array(fc.array(fc.integer({ min: 0, max: 19 }), { maxLength: 3 }), { minLength: 5, maxLength: 5 }),
      targets: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
      level: fc.constantFrom(...CLIENT_RISK_LEVELS),
      assessedAt: fc.constantFrom('2026-03-15', '2025-11-01', null),
    });

    type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
    const build = (s: Scenario) => {
      // Products P0–P14 may be held; the shelf is P10 on, so some suggested products are held and some are not.
      const first = new Map<number, (typeof s.holdings)[number]>();
      const positions = s.holdings.map((h): PlanPosition => {
        // A product's class, rating and liquidity are the product's: every lot of it has its first lot's.
        const p = first.get(h.product) ?? h;
        first.set(h.product, p);
        return { productId: `P${h.product}`, productName: `P${h.product}`, assetClass: p.assetClass, riskRating: p.riskRating, marketValueFen: h.fen, costFen: h.fen, liquidity: p.liquidity, lockedUntil: p.lockedUntil };
      });
      const products: PlanProduct[] = s.shelf.map((p, i) => ({ id: `P${i + 10}`, name: `P${i + 10}`, ...p }));
      const sum = s.targets.reduce((a, b) => a + b, 0) || 1;
      const m: ModelPortfolio = {
        ...model({}),
        weights: ASSET_CLASSES.map((assetClass, i) => {
          const target = (s.targets[i] ?? 0) / sum;
          return { assetClass, target, min: target, max: target, suggestedProductIds: (s.suggested[i] ?? []).map((n) => `P${n}`) };
        }),
      };
      const rule = suitabilityRule({ riskLevel: s.level, riskAssessedAt: s.assessedAt }, AS_OF);
      const lines = allocationLines(positions, m);
      return { positions, products, model: m, rule, lines, plan: rebalancePlan(positions, lines, m, products, rule, AS_OF) };
    };

    const total = (xs: readonly { amountFen: number }[]) => xs.reduce((a, b) => a + b.amountFen, 0);

    it('never sells a holding that cannot be sold, nor more than is held', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { positions, plan } = build(s);
          for (const sale of plan.sales) {
            const lots = positions.filter((p) => p.productId === sale.productId);
            expect(lots.every((p) => sellable(p, AS_OF))).toBe(true);
            expect(sale.amountFen).toBeGreaterThan(0);
            expect(sale.amountFen).toBeLessThanOrEqual(lots.reduce((a, p) => a + p.marketValueFen, 0));
          }
        }),
        { numRuns: 2_000 },
      );
    });

    it('buys only suitable products on sale, within the concentration limit after the move, in whole minimums and steps', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { positions, products, rule, plan } = build(s);
          const portfolio = positions.reduce((a, p) => a + p.marketValueFen, 0);
          const after = new Map<string, number>();
          for (const p of positions) after.set(p.productId, (after.get(p.productId) ?? 0) + p.marketValueFen);
          for (const sale of plan.sales) after.set(sale.productId, (after.get(sale.productId) ?? 0) - sale.amountFen);
          for (const buy of plan.purchases) after.set(buy.productId, (after.get(buy.productId) ?? 0) + buy.amountFen);
          for (const buy of plan.purchases) {
            const product = products.find((p) => p.id === buy.productId)!;
            expect(product.onSale).toBe(true);
            expect(rule.of(product.riskRating).suitable).toBe(true);
            expect(buy.suitability.suitable).toBe(true);
            const min = product.minPurchaseFen ?? 0;
            const step = product.stepFen ?? 1;
            expect(buy.amountFen).toBeGreaterThanOrEqual(Math.max(min, step));
            expect((buy.amountFen - (min > 0 ? min : step)) % step).toBe(0);
            // The total does not change (sales pay for purchases), so the share is of the same portfolio.
            expect((after.get(buy.productId) ?? 0) / portfolio).toBeLessThanOrEqual(CONCENTRATION_LIMIT);
          }
        }),
        { numRuns: 2_000 },
      );
    });

    it('balances sales and purchases to the fen, moves each class toward its target only, and reports every class left short', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { positions, lines, plan } = build(s);
          const portfolio = positions.reduce((a, p) => a + p.marketValueFen, 0);
          expect(total(plan.sales)).toBe(total(plan.purchases));
          expect(plan.classes.reduce((a, c) => a + c.moveFen, 0)).toBe(0);
          for (const c of plan.classes) {
            const line = lines.find((l) => l.assetClass === c.assetClass)!;
            expect(c.desiredFen).toBe(line.rebalanceFen);
            // Toward the target, never past it.
            expect(c.moveFen * c.desiredFen).toBeGreaterThanOrEqual(0);
            expect(Math.abs(c.moveFen)).toBeLessThanOrEqual(Math.abs(c.desiredFen));
            const classSales = total(plan.sales.filter((x) => x.assetClass === c.assetClass));
            const classBuys = total(plan.purchases.filter((x) => x.assetClass === c.assetClass));
            expect(c.moveFen).toBe(classBuys - classSales);
            const short = Math.abs(c.desiredFen - c.moveFen) > SHORTFALL_TOLERANCE * portfolio;
            expect(c.shortfall !== null).toBe(short);
          }
        }),
        { numRuns: 2_000 },
      );
    });

    it('reads a plan the same however often it is made (a pure function of its inputs)', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const a: RebalancePlan = build(s).plan;
          expect(build(s).plan).toEqual(a);
        }),
        { numRuns: 200 },
      );
    });
  });
});

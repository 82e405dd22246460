import { describe, expect, it } from 'vitest';
import { dayNumber, weekdayOfDay } from '../time';
import { generateDemoBook } from './generate';
import { PRODUCT_SHELF } from './products';

const AS_OF = '2025-06-15'; // a Sunday: valuations are struck on Friday the 13th
const VALUATION_DATE = '2025-06-13';
const book = generateDemoBook({ seed: 42, clients: 200, asOf: AS_OF });
const seriesOf = new Map(book.navSeries.map((n) => [n.productId, n]));
const logReturns = (points: readonly (readonly [string, number])[]) => points.slice(1).map(([, nav], i) => Math.log(nav / (points[i]?.[1] ?? nav)));
const stdev = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
};

describe('demo NAV series', () => {
  it('covers the unit-priced funds and wealth products, and no cash, insurance or par-valued product', () => {
    for (const { product, nav } of PRODUCT_SHELF) {
      const expected = ['fixed_income', 'equity', 'alternative'].includes(product.assetClass) && nav !== null && nav !== 1;
      expect([product.id, seriesOf.has(product.id)]).toEqual([product.id, expected]);
    }
    expect(book.navSeries.length).toBeGreaterThan(30);
    expect(new Set(book.navSeries.map((n) => n.productId)).size).toBe(book.navSeries.length);
  });

  it('has one point per weekday for about two years up to the valuation date, at most 600', () => {
    for (const series of book.navSeries) {
      const dates = series.points.map(([date]) => date);
      expect(dates.length).toBeGreaterThan(500);
      expect(dates.length).toBeLessThanOrEqual(600);
      expect(dates.at(-1)).toBe(VALUATION_DATE);
      expect(dayNumber(VALUATION_DATE) - dayNumber(dates[0] ?? '')).toBeGreaterThan(720);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) expect([0, 6]).not.toContain(weekdayOfDay(dayNumber(date)));
    }
  });

  it('ends at the shelf NAV the holdings were valued at, with four decimals throughout', () => {
    for (const series of book.navSeries) {
      const shelf = PRODUCT_SHELF.find((p) => p.product.id === series.productId);
      expect(series.points.at(-1)?.[1]).toBe(shelf?.nav);
      for (const [, nav] of series.points) {
        expect(nav).toBeGreaterThan(0);
        expect(Math.round(nav * 10_000) / 10_000).toBe(nav);
      }
    }
    // units × NAV is the holding's value, to the rounding of units to hundredths.
    for (const h of book.holdings.filter((h) => seriesOf.has(h.productId) && h.units !== null)) {
      const last = seriesOf.get(h.productId)?.points.at(-1)?.[1] ?? 0;
      expect(Math.abs((h.units ?? 0) * last * 100 - h.marketValueFen)).toBeLessThan(last * 100);
    }
  });

  it('moves like its asset class: short bonds barely, equities a lot', () => {
    const volatility = (productId: string) => stdev(logReturns(seriesOf.get(productId)?.points ?? [])) * Math.sqrt(261);
    // 嘉实超短债 (fixed income R1) and 易方达科创50 (equity R5).
    expect(volatility('PRD-015645')).toBeLessThan(0.01);
    expect(volatility('PRD-011608')).toBeGreaterThan(0.2);
    expect(volatility('PRD-011608')).toBeLessThan(0.45);
  });
});

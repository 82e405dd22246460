import { describe, expect, it } from 'vitest';
import { CLIENT_RISK_LEVELS } from '../../shared/domain/enums';
import { generateDemoBook } from './generate';

const book = generateDemoBook({ seed: 42, clients: 0, asOf: '2025-06-15' });
const productById = new Map(book.products.map((p) => [p.id, p]));
const rank = (level: string) => Number(level.slice(1));

describe('demo model portfolios', () => {
  it('has one model per client risk level', () => {
    expect(book.modelPortfolios.map((m) => m.riskLevel)).toEqual([...CLIENT_RISK_LEVELS]);
    expect(new Set(book.modelPortfolios.map((m) => m.id)).size).toBe(CLIENT_RISK_LEVELS.length);
  });

  it('has targets that sum to exactly 1, in any order', () => {
    for (const m of book.modelPortfolios) {
      const targets = m.weights.map((w) => w.target);
      const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
      expect([m.id, sum(targets)]).toEqual([m.id, 1]);
      expect([m.id, sum([...targets].sort((a, b) => a - b))]).toEqual([m.id, 1]);
      expect([m.id, sum([...targets].sort((a, b) => b - a))]).toEqual([m.id, 1]);
      expect(new Set(m.weights.map((w) => w.assetClass)).size).toBe(m.weights.length);
    }
  });

  it('bands each target by 5 percentage points, within [0, 1]', () => {
    for (const w of book.modelPortfolios.flatMap((m) => m.weights)) {
      expect(w.target).toBeGreaterThan(0);
      expect(w.min).toBeCloseTo(Math.max(0, w.target - 0.05), 12);
      expect(w.max).toBeCloseTo(Math.min(1, w.target + 0.05), 12);
    }
  });

  it('runs from mostly cash and fixed income (C1) to equity-heavy with alternatives (C5)', () => {
    const share = (level: string, classes: string[]) =>
      book.modelPortfolios.find((m) => m.riskLevel === level)?.weights.filter((w) => classes.includes(w.assetClass)).reduce((s, w) => s + w.target, 0) ?? 0;
    expect(share('C1', ['cash', 'fixed_income'])).toBeGreaterThanOrEqual(0.9);
    expect(share('C5', ['equity'])).toBeGreaterThanOrEqual(0.5);
    expect(share('C5', ['alternative'])).toBeGreaterThan(0);
    const risky = CLIENT_RISK_LEVELS.map((level) => share(level, ['equity', 'alternative']));
    expect([...risky].sort((a, b) => a - b)).toEqual(risky);
  });

  it('suggests 1–3 products of the class for each weight, none rated above the level (R ≤ C)', () => {
    for (const m of book.modelPortfolios) {
      for (const w of m.weights) {
        expect(w.suggestedProductIds.length).toBeGreaterThanOrEqual(1);
        expect(w.suggestedProductIds.length).toBeLessThanOrEqual(3);
        expect(new Set(w.suggestedProductIds).size).toBe(w.suggestedProductIds.length);
        for (const id of w.suggestedProductIds) {
          const product = productById.get(id);
          expect(product?.assetClass).toBe(w.assetClass);
          expect(rank(product?.riskRating ?? 'R9')).toBeLessThanOrEqual(rank(m.riskLevel));
        }
      }
    }
  });
});

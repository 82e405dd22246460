import type { Faker } from '@faker-js/faker';
import type { ModelPortfolio, ModelWeight } from '../../shared/domain/entities';
import type { AssetClass, ClientRiskLevel } from '../../shared/domain/enums';
import { CLIENT_RISK_LEVELS } from '../../shared/domain/enums';
import type { ShelfProduct } from './products';
import { intBetween } from './random';

/**
 * The bank's model portfolio for each client risk level: from mostly cash and fixed income (C1)
 * to equity-heavy with alternatives (C5). A class a model does not name has a target of zero.
 *
 * Targets are in percentage points here and become weights only at the end. These sets were
 * chosen so that their weights add up to exactly 1 in floating point whatever the order, so a
 * reader summing them never meets 0.9999999999999999.
 */
const TARGET_POINTS: Record<ClientRiskLevel, readonly (readonly [AssetClass, number])[]> = {
  C1: [['cash', 30], ['fixed_income', 65], ['insurance', 5]],
  C2: [['cash', 15], ['fixed_income', 70], ['insurance', 15]],
  C3: [['cash', 15], ['fixed_income', 50], ['equity', 30], ['insurance', 5]],
  C4: [['cash', 5], ['fixed_income', 30], ['equity', 45], ['alternative', 15], ['insurance', 5]],
  C5: [['cash', 5], ['fixed_income', 15], ['equity', 50], ['alternative', 25], ['insurance', 5]],
};

/** The tolerance band either side of a target, in percentage points. */
const BAND_POINTS = 5;

const LEVEL_NAMES: Record<ClientRiskLevel, string> = { C1: '保守型', C2: '谨慎型', C3: '稳健型', C4: '积极型', C5: '激进型' };

/**
 * One model per level. `f` must be seeded by the caller; each level draws its suggested
 * products (1–3 per class, rated no higher than the level: R1 ≤ C1 … R5 ≤ C5, on sale) from it.
 */
export function makeModelPortfolio(f: Faker, level: ClientRiskLevel, shelf: readonly ShelfProduct[]): ModelPortfolio {
  const rank = CLIENT_RISK_LEVELS.indexOf(level) + 1;
  const weights = TARGET_POINTS[level].map(([assetClass, points]): ModelWeight => {
    const fits = shelf.filter((p) => p.product.assetClass === assetClass && p.rank <= rank && !p.product.deleted);
    // The bank suggests what it sells: products on sale, when the class has any for the level.
    const onSale = fits.filter((p) => p.product.onSale === true);
    const suitable = onSale.length > 0 ? onSale : fits;
    if (suitable.length === 0) throw new Error(`no ${assetClass} product suits ${level}`);
    const suggested = f.helpers.arrayElements(suitable, intBetween(f, 1, Math.min(3, suitable.length)));
    return {
      assetClass,
      // Divide whole points (not subtract weights) so 0.25 is 0.25, not 0.24999999999999997.
      target: points / 100,
      min: Math.max(0, points - BAND_POINTS) / 100,
      max: Math.min(100, points + BAND_POINTS) / 100,
      suggestedProductIds: suggested.map((p) => p.product.id),
    };
  });
  return { id: `MP-${level}`, riskLevel: level, name: `${LEVEL_NAMES[level]}(${level})模型组合`, weights, version: 1, deleted: false };
}

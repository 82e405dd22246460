import type { Faker } from '@faker-js/faker';
import type { Holding } from '../../shared/domain/entities';
import type { AssetClass } from '../../shared/domain/enums';
import type { ShelfProduct } from './products';
import type { Weighted } from './random';
import { floatBetween, intBetween, pick, pickWeighted } from './random';

/**
 * A client's holdings: 7–12 products none above 15% of AUM for most clients; 3–8 with one large
 * position (18–40%) for the "concentrated" few. Products are drawn within the client's risk
 * level, with a class mix that follows it, except for the deliberate suitability breaches.
 */

/** How many products of each class a client at C1…C5 tends to hold (relative weights). */
const CLASS_MIX: Record<number, Weighted<AssetClass>> = {
  1: [['cash', 35], ['fixed_income', 55], ['insurance', 10]],
  2: [['cash', 20], ['fixed_income', 55], ['insurance', 25]],
  3: [['cash', 12], ['fixed_income', 45], ['equity', 28], ['insurance', 15]],
  4: [['cash', 8], ['fixed_income', 32], ['equity', 40], ['alternative', 12], ['insurance', 8]],
  5: [['cash', 5], ['fixed_income', 20], ['equity', 45], ['alternative', 25], ['insurance', 5]],
};

/** Return since purchase by class; overall about −25% … +35%. */
const RETURN_RANGE: Record<AssetClass, readonly [number, number]> = {
  cash: [0.003, 0.025],
  fixed_income: [-0.02, 0.07],
  equity: [-0.25, 0.35],
  alternative: [-0.15, 0.3],
  insurance: [0, 0.05],
};

/** Below the 15% concentration line with room for rounding to fen. */
const POSITION_CAP = 0.145;

export interface HoldingsInput {
  clientId: string;
  riskRank: number;
  targetAumFen: number;
  concentrated: boolean;
  suitabilityBreach: boolean;
  /** Valuation date, `YYYY-MM-DD`. */
  asOf: string;
  shelf: readonly ShelfProduct[];
}

export interface GeneratedHolding {
  holding: Holding;
  product: ShelfProduct;
}

export function makeHoldings(f: Faker, input: HoldingsInput): GeneratedHolding[] {
  const count = input.concentrated ? intBetween(f, 3, 8) : intBetween(f, 7, 12);
  const products = chooseProducts(f, input.shelf, input.riskRank, count);
  if (input.suitabilityBreach) addBreach(f, input.shelf, input.riskRank, products);
  const shares = input.concentrated ? concentratedShares(f, products.length) : cappedShares(f, products.length);

  return products.map((product, i) => {
    const marketValueFen = Math.max(100, Math.round((shares[i] ?? 0) * input.targetAumFen));
    const [low, high] = RETURN_RANGE[product.product.assetClass];
    const costFen = Math.round(marketValueFen / (1 + floatBetween(f, low, high)));
    const units = product.nav === null ? null : Math.round((marketValueFen / 100 / product.nav) * 100) / 100;
    return {
      product,
      holding: {
        id: f.string.uuid(),
        clientId: input.clientId,
        productId: product.product.id,
        units,
        marketValueFen,
        costFen,
        asOf: input.asOf,
        deleted: false,
      },
    };
  });
}

function chooseProducts(f: Faker, shelf: readonly ShelfProduct[], riskRank: number, count: number): ShelfProduct[] {
  const allowed = shelf.filter((p) => p.rank <= riskRank);
  const mix = CLASS_MIX[riskRank] ?? CLASS_MIX[3] ?? [];
  const chosen: ShelfProduct[] = [];
  const unused = (p: ShelfProduct) => !chosen.includes(p);
  while (chosen.length < count) {
    const classes = mix.filter(([cls]) => allowed.some((p) => p.product.assetClass === cls && unused(p)));
    if (classes.length === 0) break;
    const cls = pickWeighted(f, classes);
    chosen.push(pick(f, allowed.filter((p) => p.product.assetClass === cls && unused(p))));
  }
  return chosen;
}

/** Swaps the last product for one rated one or two levels above the client (R > C). */
function addBreach(f: Faker, shelf: readonly ShelfProduct[], riskRank: number, chosen: ShelfProduct[]): void {
  const above = shelf.filter((p) => p.rank > riskRank && p.rank <= riskRank + 2 && !chosen.includes(p));
  if (above.length > 0) chosen[chosen.length - 1] = pick(f, above);
}

function normalise(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Random shares with none above the cap: clamp, hand the excess to the others, repeat. */
function cappedShares(f: Faker, n: number): number[] {
  let shares = normalise(Array.from({ length: n }, () => floatBetween(f, 0.6, 1.4)));
  if (n * POSITION_CAP < 1) return shares; // cannot cap; only reachable if the shelf ran out
  for (let round = 0; round < 50; round++) {
    const excess = shares.reduce((sum, s) => sum + Math.max(0, s - POSITION_CAP), 0);
    if (excess <= 1e-12) break;
    const roomTotal = shares.reduce((sum, s) => sum + (s < POSITION_CAP ? s : 0), 0);
    shares = shares.map((s) => (s >= POSITION_CAP ? POSITION_CAP : s + (excess * s) / roomTotal));
  }
  return shares;
}

/** One position of 18–40%; the rest share what is left. */
function concentratedShares(f: Faker, n: number): number[] {
  if (n === 1) return [1];
  const big = floatBetween(f, 0.18, 0.4);
  const rest = normalise(Array.from({ length: n - 1 }, () => floatBetween(f, 0.6, 1.4))).map((s) => s * (1 - big));
  const at = intBetween(f, 0, n - 1);
  return [...rest.slice(0, at), big, ...rest.slice(at)];
}

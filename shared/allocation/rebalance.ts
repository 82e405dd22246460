import type { AssetClass, ModelPortfolio, ProductLiquidity, ProductRiskRating } from '../domain';
import type { SuitabilityRule } from '../rules/suitability';
import type { ClassLine, Position, Suggestion } from './allocation';
import { CONCENTRATION_LIMIT } from './allocation';

/**
 * Advice an RM can sign (issue 12): the moves toward the model that can actually be made.
 *
 * - A holding that cannot be left without loss of cover or a penalty (an insurance policy, a
 *   closed period or lock-up not yet over, a product held to maturity) stays as it is.
 * - Only liquid holdings are sold, and only model products that are on sale and suitable for the
 *   client (`shared/rules/suitability.ts`) are bought.
 * - No product bought ends above the concentration limit (its share of the portfolio after the
 *   move, which keeps the portfolio's total: sales pay for purchases, fen for fen).
 * - A purchase is at least the product's minimum and above it a whole number of steps.
 * - What cannot be reached is said per class, with why, rather than advised anyway.
 */

/** A holding with how it can be left (the product's, as the bank sent it; absent: see {@link liquidityOf}). */
export interface PlanPosition extends Position {
  liquidity?: ProductLiquidity | undefined;
  lockedUntil?: string | undefined;
}

/** A product the model suggests, with what buying it takes. Absent fields: see productSchema. */
export interface PlanProduct {
  id: string;
  name: string;
  riskRating: ProductRiskRating;
  onSale?: boolean | undefined;
  minPurchaseFen?: number | undefined;
  stepFen?: number | undefined;
}

export interface Sale {
  assetClass: AssetClass;
  productId: string;
  productName: string;
  riskRating: ProductRiskRating;
  amountFen: number;
}

export interface Purchase extends Suggestion {
  minPurchaseFen: number;
  stepFen: number;
}

/**
 * Why a class is not brought to its target: its holdings cannot be sold (`fixed`); no model
 * product of the class is on sale and suitable (`no_product`); the products there are cannot take
 * more (concentration limit, minimum, step: `product_limits`); the sales that can be made do not
 * pay for it (`no_funds`); or, on the selling side, the purchases that can be made need no more
 * (`no_purchase`).
 */
export type ShortfallReason = 'fixed' | 'no_product' | 'product_limits' | 'no_funds' | 'no_purchase';

export interface ClassPlan {
  assetClass: AssetClass;
  /** What reaches the target (the line's rebalanceFen): buy positive, sell negative. */
  desiredFen: number;
  /** What is advised: the class's purchases, or minus its sales. */
  moveFen: number;
  /** The class's share of the portfolio after the move. */
  after: number;
  /** Of the class's holdings, the value that may be sold today. */
  sellableFen: number;
  /** Set when the gap (desired − move) is over the tolerance. */
  shortfall: ShortfallReason | null;
}

export interface RebalancePlan {
  classes: ClassPlan[];
  purchases: Purchase[];
  sales: Sale[];
  /** Why nothing may be bought at all (the client's assessment), or null. */
  blockedBy: SuitabilityRule['blockedBy'];
}

/** A gap under this share of the portfolio is rounding (minimums and steps), not a shortfall. */
export const SHORTFALL_TOLERANCE = 0.005;

/** How a holding can be left: as the bank says, else an insurance-class product is a policy and any other is liquid. */
export function liquidityOf(p: { assetClass: AssetClass; liquidity?: ProductLiquidity | undefined }): ProductLiquidity {
  return p.liquidity ?? (p.assetClass === 'insurance' ? 'insurance_policy' : 'liquid');
}

/**
 * Whether a holding may be sold on `asOf` (a bank day, YYYY-MM-DD) without loss of cover or a
 * penalty: liquid, or a closed period that ended, and past any lock-up (`lockedUntil` is the last
 * locked day). A closed period without an end day is closed.
 */
export function sellable(p: { assetClass: AssetClass; liquidity?: ProductLiquidity | undefined; lockedUntil?: string | undefined }, asOf: string): boolean {
  const liquidity = liquidityOf(p);
  if (liquidity === 'insurance_policy' || liquidity === 'held_to_maturity') return false;
  if (p.lockedUntil !== undefined) return p.lockedUntil < asOf;
  return liquidity === 'liquid';
}

/** The largest purchase not above `limit` that the product takes (at least its minimum, then whole steps), or 0. */
export function purchasable(limit: number, minPurchaseFen: number, stepFen: number): number {
  const floor = Math.max(minPurchaseFen, stepFen);
  if (limit < floor) return 0;
  const base = minPurchaseFen > 0 ? minPurchaseFen : stepFen;
  return base + Math.floor((limit - base) / stepFen) * stepFen;
}

/** The most a product may hold of a portfolio of `totalFen` under the concentration limit, in whole fen. */
export function concentrationCapFen(totalFen: number, limit = CONCENTRATION_LIMIT): number {
  let cap = Math.floor(limit * totalFen);
  while (cap > 0 && cap / totalFen > limit) cap -= 1;
  return cap;
}

interface Candidate extends PlanProduct {
  minPurchaseFen: number;
  stepFen: number;
  /** Room under the concentration limit, from what the client already holds of it. */
  roomFen: number;
}

/**
 * The plan for the allocation lines (allocationLines of the same positions): purchases per class
 * to buy into the model's products in the model's order, sales per class to sell from its liquid
 * holdings (unsuitable ones first, then the largest), sales and purchases equal to the fen.
 */
export function rebalancePlan(
  positions: readonly PlanPosition[],
  lines: readonly ClassLine[],
  model: ModelPortfolio | null,
  products: readonly PlanProduct[],
  suitability: SuitabilityRule,
  asOf: string,
): RebalancePlan {
  const totalFen = positions.reduce((sum, p) => sum + p.marketValueFen, 0);
  const byId = new Map(products.map((p) => [p.id, p]));
  const weights = new Map((model?.weights ?? []).map((w) => [w.assetClass, w]));
  const held = new Map<string, number>();
  for (const p of positions) held.set(p.productId, (held.get(p.productId) ?? 0) + p.marketValueFen);
  const cap = totalFen > 0 ? concentrationCapFen(totalFen) : 0;

  const sellableOf = new Map<AssetClass, number>();
  for (const p of positions) if (sellable(p, asOf)) sellableOf.set(p.assetClass, (sellableOf.get(p.assetClass) ?? 0) + p.marketValueFen);

  // Each product once, in the model's order for its class; the first class naming it keeps it.
  const seen = new Set<string>();
  const candidates = new Map<AssetClass, Candidate[]>();
  for (const line of lines) {
    const list: Candidate[] = [];
    for (const id of weights.get(line.assetClass)?.suggestedProductIds ?? []) {
      const product = byId.get(id);
      if (!product || seen.has(id)) continue;
      seen.add(id);
      if (product.onSale !== true || !suitability.of(product.riskRating).suitable) continue;
      list.push({ ...product, minPurchaseFen: product.minPurchaseFen ?? 0, stepFen: product.stepFen ?? 1, roomFen: Math.max(0, cap - (held.get(id) ?? 0)) });
    }
    candidates.set(line.assetClass, list);
  }

  const fill = (assetClass: AssetClass, limit: number): { product: Candidate; amountFen: number }[] => {
    const bought: { product: Candidate; amountFen: number }[] = [];
    let left = limit;
    for (const product of candidates.get(assetClass) ?? []) {
      const amountFen = purchasable(Math.min(left, product.roomFen), product.minPurchaseFen, product.stepFen);
      if (amountFen <= 0) continue;
      bought.push({ product, amountFen });
      left -= amountFen;
    }
    return bought;
  };
  const total = (bought: readonly { amountFen: number }[]) => bought.reduce((sum, b) => sum + b.amountFen, 0);

  const buying = lines.filter((l) => l.rebalanceFen > 0);
  const selling = lines.filter((l) => l.rebalanceFen < 0);
  const sellCap = new Map(selling.map((l) => [l.assetClass, Math.min(-l.rebalanceFen, sellableOf.get(l.assetClass) ?? 0)]));
  const funds = [...sellCap.values()].reduce((a, b) => a + b, 0);

  // What each class could take, then (when the sales cannot pay for all of it) a share of the funds by that.
  const capacity = new Map(buying.map((l) => [l.assetClass, total(fill(l.assetClass, l.rebalanceFen))]));
  const wanted = [...capacity.values()].reduce((a, b) => a + b, 0);
  const budget = wanted <= funds ? capacity : share(funds, capacity);
  const purchases = new Map(buying.map((l) => [l.assetClass, fill(l.assetClass, budget.get(l.assetClass) ?? 0)]));
  const bought = [...purchases.values()].reduce((sum, b) => sum + total(b), 0);

  // The sales pay for the purchases exactly, each class in proportion to what it may sell.
  const sold = share(bought, sellCap);
  const sales: Sale[] = selling.flatMap((l) => salesIn(positions, l.assetClass, sold.get(l.assetClass) ?? 0, suitability, asOf));

  const tolerance = SHORTFALL_TOLERANCE * totalFen;
  const classes = lines.map((line): ClassPlan => {
    const buy = total(purchases.get(line.assetClass) ?? []);
    const moveFen = line.rebalanceFen > 0 ? buy : 0 - (sold.get(line.assetClass) ?? 0);
    const sellableFen = sellableOf.get(line.assetClass) ?? 0;
    const gap = Math.abs(line.rebalanceFen - moveFen);
    let shortfall: ShortfallReason | null = null;
    if (gap > tolerance) {
      if (line.rebalanceFen < 0) shortfall = sellableFen < -line.rebalanceFen - tolerance ? 'fixed' : 'no_purchase';
      else if ((candidates.get(line.assetClass) ?? []).length === 0) shortfall = 'no_product';
      else shortfall = (capacity.get(line.assetClass) ?? 0) < line.rebalanceFen - tolerance ? 'product_limits' : 'no_funds';
    }
    return { assetClass: line.assetClass, desiredFen: line.rebalanceFen, moveFen, after: totalFen > 0 ? (line.valueFen + moveFen) / totalFen : 0, sellableFen, shortfall };
  });

  return {
    classes,
    purchases: buying.flatMap((l) =>
      (purchases.get(l.assetClass) ?? []).map(({ product, amountFen }) => ({
        assetClass: l.assetClass,
        productId: product.id,
        productName: product.name,
        riskRating: product.riskRating,
        amountFen,
        suitability: suitability.of(product.riskRating),
        minPurchaseFen: product.minPurchaseFen,
        stepFen: product.stepFen,
      })),
    ),
    sales,
    blockedBy: suitability.blockedBy,
  };
}

/**
 * `amount` (whole fen) shared in proportion to `weights` (whole fen), never above a weight: exactly
 * `amount` in all when it is not above their sum, else every weight in full. Exact (BigInt), the
 * missing fen to the largest remainders.
 */
function share<K>(amount: number, weights: ReadonlyMap<K, number>): Map<K, number> {
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  if (amount >= sum) return new Map(weights);
  if (amount <= 0) return new Map([...weights.keys()].map((k) => [k, 0]));
  const parts = [...weights].map(([k, w]) => {
    const product = BigInt(amount) * BigInt(w);
    return { k, floor: Number(product / BigInt(sum)), rest: product % BigInt(sum) };
  });
  let missing = amount - parts.reduce((a, p) => a + p.floor, 0);
  const result = new Map(parts.map((p) => [p.k, p.floor]));
  for (const p of [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
    if (missing <= 0) break;
    result.set(p.k, p.floor + 1);
    missing -= 1;
  }
  return result;
}

/** Sales of `amountFen` from a class's holdings that may be sold: those not suitable for the client first, then the largest. */
function salesIn(positions: readonly PlanPosition[], assetClass: AssetClass, amountFen: number, suitability: SuitabilityRule, asOf: string): Sale[] {
  const byProduct = new Map<string, Sale>();
  for (const p of positions) {
    if (p.assetClass !== assetClass || !sellable(p, asOf)) continue;
    const entry = byProduct.get(p.productId) ?? { assetClass, productId: p.productId, productName: p.productName, riskRating: p.riskRating, amountFen: 0 };
    entry.amountFen += p.marketValueFen;
    byProduct.set(p.productId, entry);
  }
  const order = [...byProduct.values()].sort(
    (a, b) =>
      Number(suitability.of(a.riskRating).suitable) - Number(suitability.of(b.riskRating).suitable) ||
      b.amountFen - a.amountFen ||
      (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0),
  );
  const sales: Sale[] = [];
  let left = amountFen;
  for (const holding of order) {
    if (left <= 0) break;
    const take = Math.min(left, holding.amountFen);
    if (take > 0) sales.push({ ...holding, amountFen: take });
    left -= take;
  }
  return sales;
}

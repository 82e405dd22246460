import type { ClassLine, Interval, NavPoint, Position, RebalancePlan, Suggestion } from '../../shared/allocation';
import { INTERVALS, allocationLines, concentrations, intervalStart, rebalancePlan, suggestions } from '../../shared/allocation';
import type { AssetClass } from '../../shared/domain/enums';
import { ASSET_CLASSES } from '../../shared/domain/enums';
import type { AssessmentStatus } from '../../shared/rules/assessment';
import { assessmentStatus } from '../../shared/rules/assessment';
import type { SuitabilityRule } from '../../shared/rules/suitability';
import { suitabilityOnState } from '../../shared/rules/suitability';
import { parseDate } from '../../shared/time/zoned';
import type { ReportSnapshot } from '../snapshot';
import { netValueCurve, portfolioReturn } from '../../shared/allocation';

export type Holding = ReportSnapshot['holdings'][number];

/** Every figure a report prints, derived from its snapshot once (the snapshot stores none of them). */
export interface ReportFigures {
  totalFen: number;
  costFen: number;
  lines: ClassLine[];
  /** Holdings by asset class (glossary order), largest first within a class. */
  holdingsByClass: { assetClass: AssetClass; holdings: Holding[] }[];
  concentrations: ReturnType<typeof concentrations>;
  /** The products to buy: from schema 3 the plan's purchases (all suitable), before it the model's first product per class. */
  suggestions: Suggestion[];
  /** Schema 3: the moves that can be made and what cannot be reached (shared/allocation/rebalance.ts); null before. */
  plan: RebalancePlan | null;
  assessment: AssessmentStatus;
  /** Suitability for this client on the report's day, as the snapshot's schema prints it. */
  suitability: SuitabilityRule;
  /** Holdings not suitable for the client (all of them when it has no valid assessment). */
  unsuitableHoldings: Holding[];
  curve: NavPoint[];
  returns: Record<Interval, number | null>;
  /** Per product held, value-weighted; the largest first. */
  productReturns: { productId: string; productName: string; valueFen: number; returns: Record<Interval, number | null> }[];
}

export function reportFigures(snapshot: ReportSnapshot): ReportFigures {
  const positions: Position[] = snapshot.holdings;
  const totalFen = sum(snapshot.holdings.map((h) => h.marketValueFen));
  const lines = allocationLines(positions, snapshot.model);
  const products = new Map(snapshot.suggestedProducts.map((p) => [p.id, { name: p.name, riskRating: p.riskRating }]));
  const end = parseDate(snapshot.asOf);
  const assessment = assessmentStatus(snapshot.client.riskAssessedAt, end);
  const suitability = suitabilityAsPrinted(snapshot, assessment);
  const held = heldProducts(snapshot);
  // Older snapshots reprint with the suggestions they were given (the model's first product per class).
  const plan = snapshot.schema >= 3 && snapshot.model ? rebalancePlan(snapshot.holdings, lines, snapshot.model, snapshot.suggestedProducts, suitability, snapshot.asOf) : null;
  const returnsOf = (series: readonly { valueFen: number; points: readonly NavPoint[] }[]) =>
    Object.fromEntries(INTERVALS.map((interval) => [interval, portfolioReturn(series, intervalStart(interval, end), snapshot.asOf)])) as Record<Interval, number | null>;
  return {
    totalFen,
    costFen: sum(snapshot.holdings.map((h) => h.costFen)),
    lines,
    holdingsByClass: byClass(snapshot.holdings),
    concentrations: concentrations(positions),
    suggestions: plan ? plan.purchases : suggestions(lines, snapshot.model, products, suitability),
    plan,
    assessment,
    suitability,
    unsuitableHoldings: snapshot.holdings.filter((h) => !suitability.of(h.riskRating).suitable),
    curve: netValueCurve(held, snapshot.periodFrom, snapshot.periodTo),
    returns: returnsOf(held),
    productReturns: held.map((h) => ({ productId: h.productId, productName: h.productName, valueFen: h.valueFen, returns: returnsOf([h]) })),
  };
}

/**
 * The suitability rule on the snapshot's "as of" day (the bank's day it was made). Snapshots
 * before schema 3 were printed when only a missing level blocked products: they reprint as given
 * (the same bytes), so the rule reads their assessment as holding whenever there is a level.
 */
function suitabilityAsPrinted(snapshot: ReportSnapshot, assessment: AssessmentStatus): SuitabilityRule {
  const { riskLevel } = snapshot.client;
  if (snapshot.schema >= 3) return suitabilityOnState(riskLevel, assessment.state);
  return suitabilityOnState(riskLevel, riskLevel === null ? 'missing' : 'valid');
}

/** Holdings merged per product (a product may be held in several lots), with its NAV series; largest first. */
function heldProducts(snapshot: ReportSnapshot) {
  const byProduct = new Map<string, { productId: string; productName: string; valueFen: number; points: readonly NavPoint[] }>();
  for (const h of snapshot.holdings) {
    const entry = byProduct.get(h.productId) ?? { productId: h.productId, productName: h.productName, valueFen: 0, points: snapshot.navSeries[h.productId] ?? [] };
    entry.valueFen += h.marketValueFen;
    byProduct.set(h.productId, entry);
  }
  return [...byProduct.values()].sort((a, b) => b.valueFen - a.valueFen || compare(a.productId, b.productId));
}

function byClass(holdings: readonly Holding[]) {
  return ASSET_CLASSES.map((assetClass) => ({
    assetClass,
    holdings: holdings.filter((h) => h.assetClass === assetClass).sort((a, b) => b.marketValueFen - a.marketValueFen || compare(a.productId, b.productId)),
  })).filter((group) => group.holdings.length > 0);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

import type { NeedsSurvey } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { AssetClass, ClientRiskLevel, ProductRiskRating, ReportKind, Tier } from '../../../shared/domain';
import { modelPortfolioSchema, navSeriesSchema, productSchema } from '../../../shared/domain';
import type { DateParts } from '../../../shared/time/zoned';
import { BANK_TIME_ZONE, formatDate, zonedParts, zonedStartOfDay } from '../../../shared/time/zoned';
import type { ReportSnapshot } from '../../../reports/snapshot';
import { SNAPSHOT_LIMITS } from '../../../reports/snapshot';
import { evaluateBook } from '../cadence/evaluateBook';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import { readSurvey } from './needsSurvey';
import { nextReportNo } from './reportNumbers';
import { listReportLines } from './reportRecord';

export interface SnapshotContext {
  reportId: string;
  advisorId: string;
  /** The instant of generation and the bank's "today" at that instant. */
  now: Date;
  today: DateParts;
}

/** What a report needs from the RM (the API's validated request); the rest comes from the book. */
export interface SnapshotRequest {
  clientId: string;
  kind: ReportKind;
  notes: string;
  nextYearPlan: string;
  survey: NeedsSurvey | null;
}

export const REPORT_KIND_TITLES: Record<ReportKind, string> = { allocation: '资产配置报告', annual_wealth: '年度财富管理报告' };

interface ClientDbRow {
  id: string;
  name: string;
  nameEn: string;
  customerNo: string;
  tier: Tier;
  riskLevel: ClientRiskLevel | null;
  riskAssessedAt: string | null;
  clientSince: string | null;
  deleted: number;
}

interface HoldingDbRow {
  productId: string;
  productCode: string | null;
  productName: string | null;
  assetClass: AssetClass | null;
  riskRating: ProductRiskRating | null;
  marketValueFen: number;
  costFen: number;
  asOf: string;
  liquidity: string | null;
  lockedUntil: string | null;
}

/**
 * Freezes everything one report shows, read from the local book in one read transaction: the
 * client, the advisor card, holdings with their products, the bank's model for the client's risk
 * level, NAV series, and for the annual report the year's interactions and 12-4-2-1 standing.
 * Inputs past SNAPSHOT_LIMITS are refused with LIMIT here, before anything is rendered.
 */
export function buildSnapshot(db: Db, request: SnapshotRequest, context: SnapshotContext): ReportSnapshot {
  return db.transaction(() => readSnapshot(db, request, context))();
}

function readSnapshot(db: Db, request: SnapshotRequest, { reportId, advisorId, now, today }: SnapshotContext): ReportSnapshot {
  const client = db
    .prepare(
      `SELECT id, name, name_en AS nameEn, customer_no AS customerNo, tier, risk_level AS riskLevel,
              risk_assessed_at AS riskAssessedAt, client_since AS clientSince, deleted FROM clients WHERE id = ?`,
    )
    .get(request.clientId) as ClientDbRow | undefined;
  if (!client || client.deleted) throw new AppError('client.not_found');
  const advisor = readAdvisor(db, advisorId);

  const holdingCount = db.prepare('SELECT count(*) FROM holdings WHERE client_id = ? AND deleted = 0').pluck().get(client.id) as number;
  if (holdingCount > SNAPSHOT_LIMITS.holdings) {
    throw new AppError('report.too_many_holdings', { max: SNAPSHOT_LIMITS.holdings, count: holdingCount });
  }
  const holdings = (
    db
      .prepare(
        `SELECT h.product_id AS productId, p.code AS productCode, p.name AS productName, p.asset_class AS assetClass,
                p.risk_rating AS riskRating, h.market_value_fen AS marketValueFen, h.cost_fen AS costFen, h.as_of AS asOf,
                p.liquidity, p.locked_until AS lockedUntil
         FROM holdings h LEFT JOIN products p ON p.id = h.product_id
         WHERE h.client_id = ? AND h.deleted = 0 ORDER BY h.market_value_fen DESC, h.id`,
      )
      .all(client.id) as HoldingDbRow[]
  ).map((h) => ({
    productId: h.productId,
    // A product the cache does not know yet shows by its id, as the highest risk, so it is flagged rather than hidden.
    productCode: h.productCode ?? h.productId.slice(0, 32),
    productName: h.productName ?? h.productId,
    assetClass: h.assetClass ?? 'cash',
    riskRating: h.riskRating ?? 'R5',
    marketValueFen: h.marketValueFen,
    costFen: h.costFen,
    asOf: h.asOf,
    ...holdingLiquidity(h),
  }));

  const model = client.riskLevel ? readModel(db, client.riskLevel) : null;
  const suggestedIds = [...new Set(model?.weights.flatMap((w) => w.suggestedProductIds) ?? [])];
  const suggestedProducts = readProducts(db, suggestedIds).slice(0, 50);
  const navSeries = readNavSeries(db, [...new Set([...holdings.map((h) => h.productId), ...suggestedProducts.map((p) => p.id)])]);

  const asOf = formatDate(today);
  const annual = request.kind === 'annual_wealth';
  const periodFrom = annual ? `${today.year}-01-01` : formatDate({ ...today, year: today.year - 1 });
  const title = annual ? `${today.year}年度财富管理报告` : `${REPORT_KIND_TITLES.allocation}（${asOf}）`;

  return {
    schema: 3,
    reportId,
    // Given in this transaction (reportNumbers.ts): a snapshot refused below takes its number back.
    reportNo: nextReportNo(db, advisor, today.year),
    kind: request.kind,
    title,
    generatedAt: now.toISOString(),
    asOf,
    periodFrom,
    periodTo: asOf,
    client: {
      id: client.id,
      name: client.name,
      nameEn: client.nameEn,
      customerNo: client.customerNo,
      tier: client.tier,
      riskLevel: client.riskLevel,
      riskAssessedAt: client.riskAssessedAt,
      clientSince: client.clientSince,
    },
    advisor,
    holdings,
    model,
    suggestedProducts,
    navSeries,
    notes: request.notes,
    annual: annual
      ? {
          year: today.year,
          interactions: readYearInteractions(db, client.id, today.year),
          cadence: evaluateBook(db, { year: today.year, asOf }, client.id).get(client.id) ?? missingCadence(),
          reportsDelivered: readYearDeliveries(db, client.id, today.year),
          nextYearPlan: request.nextYearPlan,
          survey: request.survey ?? readSurvey(db, client.id),
        }
      : null,
  };
}

/** Only a client without a record could miss a 12-4-2-1 result, and readSnapshot checked that first. */
function missingCadence(): never {
  throw new AppError('client.not_found');
}

function readAdvisor(db: Db, advisorId: string): ReportSnapshot['advisor'] {
  const row = db
    .prepare(`SELECT id, name, name_en AS nameEn, title, branch, employee_no AS employeeNo, phone, email FROM advisors WHERE id = ?`)
    .get(advisorId) as ReportSnapshot['advisor'] | undefined;
  if (!row) throw new AppError('report.advisor_not_synced');
  return row;
}

/** The bank's model portfolio for a risk level (its newest version), or null when there is none. */
function readModel(db: Db, riskLevel: ClientRiskLevel): ReportSnapshot['model'] {
  const row = db
    .prepare(`SELECT id, risk_level AS riskLevel, name, weights, version FROM model_portfolios WHERE risk_level = ? AND deleted = 0 ORDER BY version DESC, id LIMIT 1`)
    .get(riskLevel) as { id: string; riskLevel: ClientRiskLevel; name: string; weights: string; version: number } | undefined;
  const weights = row ? parseStoredJson(modelPortfolioSchema.shape.weights, row.weights, 'model_portfolios.weights') : null;
  // A model that cannot be read is no model: the report then says there is none for this level.
  return row && weights ? { ...row, weights, deleted: false } : null;
}

function readProducts(db: Db, ids: readonly string[]): ReportSnapshot['suggestedProducts'] {
  const rows = db
    .prepare(
      `SELECT id, name, risk_rating AS riskRating, on_sale AS onSale, min_purchase_fen AS minPurchaseFen, step_fen AS stepFen
       FROM products WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(ids)) as { id: string; name: string; riskRating: ProductRiskRating; onSale: number | null; minPurchaseFen: number | null; stepFen: number | null }[];
  return rows.map(({ onSale, minPurchaseFen, stepFen, ...product }) => {
    const terms = purchaseTerms.safeParse(present({ onSale: onSale === null ? null : onSale === 1, minPurchaseFen, stepFen }));
    // Terms that do not read back are no terms: the product is then not offered (not on sale).
    return { ...product, ...(terms.success ? terms.data : {}) };
  });
}

/** The columns of migration 0070, read back through productSchema (stored data is a boundary too). */
const purchaseTerms = productSchema.pick({ onSale: true, minPurchaseFen: true, stepFen: true });
const holdingTerms = productSchema.pick({ liquidity: true, lockedUntil: true });

/**
 * How a holding can be left, as stored for its product. A product the cache does not know, or a
 * value that does not read back, leaves the holding fixed (never advised for sale): held to
 * maturity is what the plan never sells.
 */
function holdingLiquidity(h: HoldingDbRow): Pick<ReportSnapshot['holdings'][number], 'liquidity' | 'lockedUntil'> {
  if (h.productName === null) return { liquidity: 'held_to_maturity' };
  const terms = holdingTerms.safeParse(present({ liquidity: h.liquidity, lockedUntil: h.lockedUntil }));
  return terms.success ? terms.data : { liquidity: 'held_to_maturity' };
}

/** The fields of a row that are not NULL (an optional field absent, as on the wire). */
function present<T extends Record<string, unknown>>(row: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

/** NAV points per product, the latest SNAPSHOT_LIMITS.navPoints of each; products without a series are simply absent. */
function readNavSeries(db: Db, productIds: readonly string[]): ReportSnapshot['navSeries'] {
  const rows = db
    .prepare(`SELECT product_id AS productId, points FROM nav_series WHERE deleted = 0 AND product_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(productIds)) as { productId: string; points: string }[];
  return Object.fromEntries(
    rows.flatMap(({ productId, points }) => {
      const series = parseStoredJson(navSeriesSchema.shape.points, points, 'nav_series.points');
      return series ? [[productId, series.slice(-SNAPSHOT_LIMITS.navPoints)]] : [];
    }),
  );
}

function readYearInteractions(db: Db, clientId: string, year: number): NonNullable<ReportSnapshot['annual']>['interactions'] {
  const rows = db
    .prepare(
      `SELECT occurred_at AS occurredAt, channel, theme, is_allocation_review AS isAllocationReview, summary FROM interactions
       WHERE client_id = ? AND deleted = 0 AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at`,
    )
    // A day either side of the year covers every offset; the bank's year is then cut by date below.
    .all(clientId, `${year - 1}-12-31`, `${year + 1}-01-02`) as { occurredAt: string; channel: string; theme: string | null; isAllocationReview: number; summary: string | null }[];
  const from = zonedStartOfDay({ year, month: 1, day: 1 }, BANK_TIME_ZONE).getTime();
  const to = zonedStartOfDay({ year: year + 1, month: 1, day: 1 }, BANK_TIME_ZONE).getTime();
  const inYear = rows.filter((r) => {
    const t = Date.parse(r.occurredAt);
    return t >= from && t < to;
  });
  if (inYear.length > SNAPSHOT_LIMITS.interactions) {
    throw new AppError('report.too_many_interactions', { max: SNAPSHOT_LIMITS.interactions, count: inYear.length });
  }
  return inYear.map((r) => ({ ...r, channel: r.channel as NonNullable<ReportSnapshot['annual']>['interactions'][number]['channel'], isAllocationReview: r.isAllocationReview === 1 }));
}

/** The reports handed to the client in `year` (in the bank's zone), oldest first: part of what was done for them. */
function readYearDeliveries(db: Db, clientId: string, year: number): NonNullable<NonNullable<ReportSnapshot['annual']>['reportsDelivered']> {
  return listReportLines(db, clientId)
    .flatMap((line) => (line.deliveredAt !== null && zonedParts(new Date(line.deliveredAt), BANK_TIME_ZONE).year === year ? [{ title: line.title, deliveredAt: line.deliveredAt }] : []))
    .sort((a, b) => (a.deliveredAt < b.deliveredAt ? -1 : a.deliveredAt > b.deliveredAt ? 1 : 0))
    .slice(0, SNAPSHOT_LIMITS.interactions);
}

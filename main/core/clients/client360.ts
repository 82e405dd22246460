import type { Client360, HoldingLine } from '../../../shared/api';
import type { AssetClass, ProductRiskRating } from '../../../shared/domain';
import { ASSET_CLASSES } from '../../../shared/domain';
import { assessmentStatus } from '../../../shared/rules/assessment';
import type { SuitabilityRule } from '../../../shared/rules/suitability';
import { suitabilityOnState } from '../../../shared/rules/suitability';
import { AppError } from '../../../shared/api';
import type { DateParts } from '../../../shared/time/zoned';
import { formatDate } from '../../../shared/time/zoned';
import type { CadenceService } from '../cadence/cadenceService';
import type { Db } from '../db/types';
import { listReportLines } from '../reports/reportRecord';
import { clientDetail } from './clientDetail';

interface HoldingDbRow {
  id: string;
  productId: string;
  productCode: string | null;
  productName: string | null;
  assetClass: AssetClass | null;
  riskRating: ProductRiskRating | null;
  marketValueFen: number;
  costFen: number;
  asOf: string;
}

/**
 * Everything the client-360 page shows, from the local cache in one go: the profile (identifiers
 * masked), the assessment's validity, holdings with weights, returns and suitability, the
 * allocation by asset class, the last contact and the reports.
 */
export function client360(db: Db, id: string, today: DateParts, cadenceOf: Pick<CadenceService, 'resultOf'>): Client360 {
  const client = clientDetail(db, id);
  const cadence = cadenceOf.resultOf(id, { year: today.year, asOf: formatDate(today) });
  if (!cadence) throw new AppError('client.not_found');
  const rows = db
    .prepare(
      `SELECT h.id, h.product_id AS productId, p.code AS productCode, p.name AS productName, p.asset_class AS assetClass,
              p.risk_rating AS riskRating, h.market_value_fen AS marketValueFen, h.cost_fen AS costFen, h.as_of AS asOf
       FROM holdings h LEFT JOIN products p ON p.id = h.product_id
       WHERE h.client_id = ? AND h.deleted = 0 ORDER BY h.market_value_fen DESC, h.id`,
    )
    .all(id) as HoldingDbRow[];
  const totalFen = rows.reduce((sum, h) => sum + h.marketValueFen, 0);
  const assessment = assessmentStatus(client.riskAssessedAt, today);
  const suitability = suitabilityOnState(client.riskLevel, assessment.state);
  const holdings: HoldingLine[] = rows.map((h) => lineOf(h, totalFen, suitability));
  const byClass = new Map<AssetClass, number>();
  for (const h of holdings) byClass.set(h.assetClass, (byClass.get(h.assetClass) ?? 0) + h.marketValueFen);
  const lastContactAt = db.prepare('SELECT last_contact_at FROM clients WHERE id = ?').pluck().get(id) as string | null;
  const reports = listReportLines(db, id);
  return {
    client,
    assessment,
    totalFen,
    gainFen: rows.reduce((sum, h) => sum + h.marketValueFen - h.costFen, 0),
    allocation: ASSET_CLASSES.filter((c) => byClass.has(c)).map((assetClass) => {
      const marketValueFen = byClass.get(assetClass) ?? 0;
      return { assetClass, marketValueFen, weight: totalFen > 0 ? marketValueFen / totalFen : 0 };
    }),
    holdings,
    lastContactAt,
    reports,
    cadence,
  };
}

/**
 * A product the cache does not know yet (its record arrives later in the feed) still shows, as
 * cash-like with the highest risk, so it is flagged rather than hidden.
 */
function lineOf(h: HoldingDbRow, totalFen: number, suitability: SuitabilityRule): HoldingLine {
  const riskRating = h.riskRating ?? 'R5';
  const verdict = suitability.of(riskRating);
  return {
    id: h.id,
    productId: h.productId,
    productCode: h.productCode ?? h.productId,
    productName: h.productName ?? h.productId,
    assetClass: h.assetClass ?? 'cash',
    riskRating,
    marketValueFen: h.marketValueFen,
    costFen: h.costFen,
    weight: totalFen > 0 ? h.marketValueFen / totalFen : 0,
    returnSinceCost: h.costFen > 0 ? (h.marketValueFen - h.costFen) / h.costFen : null,
    unsuitable: !verdict.suitable,
    suitability: verdict.reason,
    asOf: h.asOf,
  };
}

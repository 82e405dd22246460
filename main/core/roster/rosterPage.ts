import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { RosterFilter, RosterPage, RosterRow, RosterSort } from '../../../shared/api';
import { AUM_BAND_FEN } from '../../../shared/api';
import { assessmentFilterBounds, assessmentStatus } from '../../../shared/rules/assessment';
import type { DateParts } from '../../../shared/time/zoned';
import type { CadenceService } from '../cadence/cadenceService';
import { currentScope } from '../cadence/scopes';
import { parseTags } from '../records/clientRecord';
import type { Db } from '../db/types';
import type { BankClock } from '../time/bankClock';
import { nextDueOn } from './nextDue';

type Direction = 'ASC' | 'DESC';

/**
 * ORDER BY per sort field; the id keeps paging stable under ties. Clients never assessed or never
 * contacted come first in the ascending (most urgent) order.
 */
const ORDER: Record<RosterSort['field'], (d: Direction) => string> = {
  name: (d) => `name_pinyin ${d}, id ${d}`,
  aum: (d) => `aum_fen ${d}, id ${d}`,
  tier: (d) => `CASE tier WHEN 'hq_private' THEN 0 WHEN 'private' THEN 1 ELSE 2 END ${d}, aum_fen DESC, id`,
  // unassessed clients last either way: they need attention, not a place among C1..C5
  riskLevel: (d) => `risk_level IS NULL, risk_level ${d}, name_pinyin, id`,
  assessmentExpiry: (d) => `risk_assessed_at IS ${d === 'ASC' ? 'NOT NULL' : 'NULL'}, risk_assessed_at ${d}, id ${d}`,
  lastContact: (d) => `last_contact_at IS ${d === 'ASC' ? 'NOT NULL' : 'NULL'}, last_contact_at ${d}, id ${d}`,
  // due this month (no themed contact since the month began) first, longest without contact first
  nextDue: (d) => `(coalesce(last_contact_at, '') >= @monthStart) ${d}, last_contact_at IS ${d === 'ASC' ? 'NOT NULL' : 'NULL'}, last_contact_at ${d}, id ${d}`,
  // behind first when ascending: the order of urgency
  cadenceStatus: (d) =>
    `CASE cv.status WHEN 'behind' THEN 0 WHEN 'at_risk' THEN 1 WHEN 'on_track' THEN 2 WHEN 'complete' THEN 3 ELSE 4 END ${d}, aum_fen DESC, id ${d}`,
};

const STANDING_COLUMN = { monthly: 'monthly', reviews: 'reviews', faceToFace: 'face_to_face', annualReport: 'annual_report' } as const;

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/** The filter as SQL over whitelisted columns; every value goes in as a parameter. `cadenceKey`: the filter's scope in temp.cadence_view. */
function whereOf(filter: RosterFilter, today: DateParts, cadenceKey: string | null): Where {
  const clauses = ['deleted = 0'];
  const params: Record<string, unknown> = {};
  const list = (name: string, values: readonly string[]) => values.map((value, i) => ((params[`${name}${i}`] = value), `@${name}${i}`)).join(', ');
  if (filter.tiers?.length) clauses.push(`tier IN (${list('tier', filter.tiers)})`);
  if (filter.riskLevels?.length) clauses.push(`risk_level IN (${list('risk', filter.riskLevels)})`);
  if (filter.aumBands?.length) {
    const bands = filter.aumBands.map((band, i) => {
      const { min, max } = AUM_BAND_FEN[band];
      params[`aumMin${i}`] = min;
      if (max === null) return `aum_fen >= @aumMin${i}`;
      params[`aumMax${i}`] = max;
      return `(aum_fen >= @aumMin${i} AND aum_fen < @aumMax${i})`;
    });
    clauses.push(`(${bands.join(' OR ')})`);
  }
  filter.tags?.forEach((tag, i) => {
    params[`tag${i}`] = tag;
    clauses.push(`EXISTS (SELECT 1 FROM json_each(clients.tags) WHERE value = @tag${i})`);
  });
  // The one assessment rule (shared/rules/assessment.ts), as bounds on the stored dates.
  if (filter.assessment) {
    const { expiredBy, expiringBy } = assessmentFilterBounds(today);
    params.expiredBy = expiredBy;
    if (filter.assessment === 'expired') {
      clauses.push('(risk_assessed_at IS NULL OR risk_assessed_at <= @expiredBy)');
    } else {
      params.expiringBy = expiringBy;
      clauses.push('(risk_assessed_at > @expiredBy AND risk_assessed_at <= @expiringBy)');
    }
  }
  if (filter.cadence && cadenceKey !== null) {
    params.cadenceScope = cadenceKey;
    const conditions = ['f.scope = @cadenceScope', 'f.client_id = clients.id'];
    if (filter.cadence.statuses?.length) conditions.push(`f.status IN (${list('status', filter.cadence.statuses)})`);
    if (filter.cadence.measure) {
      params.standing = filter.cadence.measure.standing;
      conditions.push(`f.${STANDING_COLUMN[filter.cadence.measure.name]} = @standing`);
    }
    clauses.push(`EXISTS (SELECT 1 FROM temp.cadence_view f WHERE ${conditions.join(' AND ')})`);
  }
  return { sql: clauses.join(' AND '), params };
}

/** As stored: the CHECK constraints of the schema hold the enums; tags are a JSON array. */
type RosterDbRow = Pick<RosterRow, 'id' | 'customerNo' | 'name' | 'nameEn' | 'tier' | 'aumFen' | 'riskLevel' | 'riskAssessedAt' | 'lastContactAt' | 'cadenceStatus'> & { tags: string };

/** What the roster needs of 12-4-2-1: a scope's results where its SQL can read them. */
export type CadenceViews = Pick<CadenceService, 'viewKey'>;

/**
 * The roster, one page at a time, filtered and sorted in SQLite. Statements are prepared once per
 * shape. The status column and the dashboard's filter read 12-4-2-1 results that `cadence` puts
 * in temp.cadence_view for the scopes asked.
 */
export function createRosterQueries(db: Db, cadence: CadenceViews) {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size > 64) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    page(offset: number, limit: number, sort: RosterSort, filter: RosterFilter, clock: BankClock): RosterPage {
      const currentKey = cadence.viewKey(currentScope(clock));
      const where = whereOf(filter, clock.today, filter.cadence ? cadence.viewKey(filter.cadence) : null);
      const order = ORDER[sort.field](sort.order === 'asc' ? 'ASC' : 'DESC');
      const params = { ...where.params, monthStart: clock.monthStart, limit, offset };
      const sql = `SELECT id, customer_no AS customerNo, name, name_en AS nameEn, tier, aum_fen AS aumFen, risk_level AS riskLevel,
                risk_assessed_at AS riskAssessedAt, tags, last_contact_at AS lastContactAt, coalesce(cv.status, 'not_applicable') AS cadenceStatus
         FROM clients LEFT JOIN temp.cadence_view cv ON cv.scope = @currentScope AND cv.client_id = clients.id
         WHERE ${where.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
      const rows = prepared(sql).all(usedBy(sql, { ...params, currentScope: currentKey })) as RosterDbRow[];
      const countSql = `SELECT count(*) FROM clients WHERE ${where.sql}`;
      const total = prepared(countSql).pluck().get(usedBy(countSql, where.params)) as number;
      return {
        total,
        rows: rows.map((row) => ({
          ...row,
          tags: parseTags(row.tags),
          assessmentExpiresAt: assessmentStatus(row.riskAssessedAt, clock.today).expiresOn,
          nextDueOn: nextDueOn(row.lastContactAt, clock),
        })),
      };
    },

    /** Every tag in the book, for the filter. */
    tags(): string[] {
      return prepared(`SELECT DISTINCT j.value FROM clients, json_each(clients.tags) AS j WHERE clients.deleted = 0 ORDER BY j.value`).pluck().all() as string[];
    },
  };
}

/** better-sqlite3 refuses named parameters a statement does not use: pass only those it names. */
function usedBy(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`@${name}\\b`).test(sql)));
}

export type RosterQueries = ReturnType<typeof createRosterQueries>;

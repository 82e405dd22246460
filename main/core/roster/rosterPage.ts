import type { RosterPage, RosterRow, RosterSort } from '../../../shared/api';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/types';

/** ORDER BY clauses per sort field, ascending; the id makes paging stable under ties. */
const ORDER: Record<RosterSort['field'], (dir: 'ASC' | 'DESC') => string> = {
  name: (d) => `name_pinyin ${d}, id ${d}`,
  aum: (d) => `aum_fen ${d}, id ${d}`,
  tier: (d) => `CASE tier WHEN 'hq_private' THEN 0 WHEN 'private' THEN 1 ELSE 2 END ${d}, aum_fen DESC, id`,
  // unassessed clients last either way: they need attention, not a place among C1..C5
  riskLevel: (d) => `risk_level IS NULL, risk_level ${d}, name_pinyin, id`,
};

/** As stored: the CHECK constraints of the schema hold the enums; tags are a JSON array. */
type RosterDbRow = Omit<RosterRow, 'tags'> & { tags: string };

/** The roster, one page at a time, from the local cache. Statements are prepared once per sort. */
export function createRosterQueries(db: Db) {
  const count = db.prepare('SELECT count(*) AS n FROM clients WHERE deleted = 0');
  const pages = new Map<string, Statement<[number, number]>>();

  function pageStatement(sort: RosterSort) {
    const key = `${sort.field}:${sort.order}`;
    let statement = pages.get(key);
    if (!statement) {
      statement = db.prepare<[number, number]>(`
        SELECT id, customer_no AS customerNo, name, name_en AS nameEn, tier, aum_fen AS aumFen,
               risk_level AS riskLevel, risk_assessed_at AS riskAssessedAt, tags
        FROM clients WHERE deleted = 0
        ORDER BY ${ORDER[sort.field](sort.order === 'asc' ? 'ASC' : 'DESC')}
        LIMIT ? OFFSET ?`);
      pages.set(key, statement);
    }
    return statement;
  }

  return {
    page(offset: number, limit: number, sort: RosterSort): RosterPage {
      const rows = (pageStatement(sort).all(limit, offset) as RosterDbRow[]).map((row) => ({
        ...row,
        tags: JSON.parse(row.tags) as string[],
      }));
      const { n } = count.get() as { n: number };
      return { total: n, rows };
    },
  };
}

export type RosterQueries = ReturnType<typeof createRosterQueries>;

import type Database from 'better-sqlite3-multiple-ciphers';
import type { Change, ChangeEntity, ChangesPage } from '../../shared/wire/changes';
import type { AdvisorRow, ClientRow, HoldingRow, InteractionRow, ModelPortfolioRow, NavSeriesRow, ProductRow, ReportRow } from './rows';
import {
  advisorFromRow,
  clientFromRow,
  holdingFromRow,
  interactionFromRow,
  modelPortfolioFromRow,
  navSeriesFromRow,
  productFromRow,
  reportFromRow,
} from './rows';

/**
 * The change feed. Phase 1 finds which rows are on the page: one index range scan per table
 * ((owner, seq), or (seq) for the bank-wide products, model portfolios and NAV series; the
 * advisor's own record by primary key). SQLite runs this compound as a lazy MERGE of the
 * already-ordered scans ("MERGE (UNION ALL)" in the query plan, no temp B-tree), so LIMIT stops
 * it after `limit + 1` rows. The indexes cover
 * (seq, rowid), so phase 1 reads index pages only. Phase 2 loads just those rows by rowid.
 * A page thus costs O(limit), however large the book or the bank.
 *
 * Do not wrap the arms in subqueries with their own ORDER BY/LIMIT: that turns the merge into
 * per-arm sorts and doubles the cost (measured).
 */
export const PAGE_KEYS = `
  SELECT seq, 'advisor' AS entity, rowid AS rid FROM advisors WHERE id = @advisorId AND seq > @cursor
  UNION ALL
  SELECT seq, 'product', rowid FROM products WHERE seq > @cursor
  UNION ALL
  SELECT seq, 'model_portfolio', rowid FROM model_portfolios WHERE seq > @cursor
  UNION ALL
  SELECT seq, 'nav_series', rowid FROM nav_series WHERE seq > @cursor
  UNION ALL
  SELECT seq, 'client', rowid FROM clients WHERE advisor_id = @advisorId AND seq > @cursor
  UNION ALL
  SELECT seq, 'holding', rowid FROM holdings WHERE owner_advisor_id = @advisorId AND seq > @cursor
  UNION ALL
  SELECT seq, 'interaction', rowid FROM interactions WHERE owner_advisor_id = @advisorId AND seq > @cursor
  UNION ALL
  SELECT seq, 'report', rowid FROM reports WHERE owner_advisor_id = @advisorId AND seq > @cursor
  ORDER BY seq
  LIMIT @take`;

const TABLES: Record<ChangeEntity, string> = {
  advisor: 'advisors',
  product: 'products',
  client: 'clients',
  holding: 'holdings',
  interaction: 'interactions',
  model_portfolio: 'model_portfolios',
  nav_series: 'nav_series',
  report: 'reports',
};

type Converter = (row: never) => Change['data'];
const CONVERTERS: Record<ChangeEntity, Converter> = {
  advisor: advisorFromRow as (row: AdvisorRow) => Change['data'],
  product: productFromRow as (row: ProductRow) => Change['data'],
  client: clientFromRow as (row: ClientRow) => Change['data'],
  holding: holdingFromRow as (row: HoldingRow) => Change['data'],
  interaction: interactionFromRow as (row: InteractionRow) => Change['data'],
  model_portfolio: modelPortfolioFromRow as (row: ModelPortfolioRow) => Change['data'],
  nav_series: navSeriesFromRow as (row: NavSeriesRow) => Change['data'],
  report: reportFromRow as (row: ReportRow) => Change['data'],
};

interface KeyRow {
  seq: number;
  entity: ChangeEntity;
  rid: number;
}

export type ChangesSince = (advisorId: string, cursor: number, limit: number) => ChangesPage;

/** Prepares the feed's statements once and returns the query function. */
export function prepareChangesSince(db: Database.Database): ChangesSince {
  const pageKeys = db.prepare(PAGE_KEYS);
  const loaders = Object.fromEntries(
    (Object.keys(TABLES) as ChangeEntity[]).map((entity) => [
      entity,
      // json_each lets one statement take any number of rowids without building SQL text.
      db.prepare(`SELECT rowid AS rid, * FROM ${TABLES[entity]} WHERE rowid IN (SELECT value FROM json_each(?))`),
    ]),
  ) as Record<ChangeEntity, Database.Statement>;

  const readPage = (advisorId: string, cursor: number, limit: number): ChangesPage => {
    // One extra row tells whether another page follows, without a COUNT.
    const keys = pageKeys.all({ advisorId, cursor, take: limit + 1 }) as KeyRow[];
    const hasMore = keys.length > limit;
    if (hasMore) keys.length = limit;

    const byEntity = new Map<ChangeEntity, number[]>();
    for (const k of keys) {
      const list = byEntity.get(k.entity);
      if (list) list.push(k.rid);
      else byEntity.set(k.entity, [k.rid]);
    }
    const loaded = new Map<string, Change['data']>();
    for (const [entity, rids] of byEntity) {
      for (const row of loaders[entity].all(JSON.stringify(rids)) as ({ rid: number } & Record<string, unknown>)[]) {
        loaded.set(`${entity}:${row.rid}`, CONVERTERS[entity](row as never));
      }
    }

    const changes = keys.map((k) => {
      const data = loaded.get(`${k.entity}:${k.rid}`);
      if (data === undefined) throw new Error(`change feed row vanished: ${k.entity} ${k.rid}`);
      return { seq: k.seq, entity: k.entity, data } as Change;
    });
    const last = keys.at(-1);
    return { changes, cursor: String(last ? last.seq : cursor), hasMore };
  };

  // Both phases in one read transaction, so they see the same snapshot even if another
  // process writes the file in between (WAL readers are never blocked by the writer).
  const readPageInSnapshot = db.transaction(readPage);

  return (advisorId, cursor, limit) => {
    if (!Number.isSafeInteger(cursor) || cursor < 0) throw new RangeError('cursor must be a non-negative integer');
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
    return readPageInSnapshot(advisorId, cursor, limit);
  };
}

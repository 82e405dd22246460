import type Database from 'better-sqlite3-multiple-ciphers';
import type { Advisor, Client, Holding, Interaction, ModelPortfolio, NavSeries, Product } from '../../shared/domain/entities';
import { hashPassword } from './password';
import { clientParams, holdingParams, interactionParams, modelPortfolioParams, navSeriesParams, productParams } from './rows';
import { writeTransaction } from './sequence';
import {
  UPSERT_ADVISOR,
  UPSERT_CLIENT,
  UPSERT_HOLDING,
  UPSERT_INTERACTION,
  UPSERT_MODEL_PORTFOLIO,
  UPSERT_NAV_SERIES,
  UPSERT_PRODUCT,
  UPSERT_PRODUCT_BEFORE_0050,
} from './statements';

export interface AdvisorWithPassword {
  advisor: Advisor;
  /** Plain text; only its scrypt hash is stored. */
  password: string;
}

/** Whole records to write; each gets a fresh seq, so each appears in the change feed again. */
export interface RecordsInput {
  advisors?: readonly AdvisorWithPassword[];
  products?: readonly Product[];
  modelPortfolios?: readonly ModelPortfolio[];
  navSeries?: readonly NavSeries[];
  clients?: readonly Client[];
  holdings?: readonly Holding[];
  interactions?: readonly Interaction[];
}

/**
 * Writes records in one transaction, parents before children (advisors, products, model
 * portfolios and NAV series, clients, holdings, interactions), so the feed also delivers a
 * product before the models and series that name it, and a client before its holdings: a desk
 * applying pages in order never sees a dangling reference. Returns the number of rows written.
 */
export function putRecords(db: Database.Database, input: RecordsInput): number {
  // scrypt is deliberately slow; do it before taking the write lock.
  const advisors = (input.advisors ?? []).map(({ advisor, password }) => ({ advisor, secret: hashPassword(password) }));
  const ownerInDb = db.prepare('SELECT advisor_id FROM clients WHERE id = ?').pluck();

  return writeTransaction(db, (nextSeq) => {
    let written = 0;
    // A statement is prepared only for a kind that has records, so a store at an older schema
    // (as the migration tests build one) still takes the kinds it has tables for.
    const upsertAll = <T>(sql: string, items: readonly T[] | undefined, params: (item: T) => object): void => {
      if (!items?.length) return;
      const upsert = db.prepare(sql);
      for (const item of items) {
        upsert.run(params(item));
        written++;
      }
    };
    upsertAll(UPSERT_ADVISOR, advisors, ({ advisor, secret }) => ({ ...advisor, passwordHash: secret.hash, passwordSalt: secret.salt, seq: nextSeq() }));
    upsertAll(hasProductTerms(db) ? UPSERT_PRODUCT : UPSERT_PRODUCT_BEFORE_0050, input.products, (p) => productParams(p, nextSeq()));
    upsertAll(UPSERT_MODEL_PORTFOLIO, input.modelPortfolios, (m) => modelPortfolioParams(m, nextSeq()));
    upsertAll(UPSERT_NAV_SERIES, input.navSeries, (n) => navSeriesParams(n, nextSeq()));
    upsertAll(UPSERT_CLIENT, input.clients, (c) => clientParams(c, nextSeq()));
    // Holdings and interactions are visible to their client's advisor (just written, or already stored).
    const owners = new Map((input.clients ?? []).map((c) => [c.id, c.advisorId]));
    const ownerOf = (clientId: string): string => {
      const owner = owners.get(clientId) ?? (ownerInDb.get(clientId) as string | undefined);
      if (owner === undefined) throw new Error(`unknown client ${clientId}`);
      return owner;
    };
    upsertAll(UPSERT_HOLDING, input.holdings, (h) => holdingParams(h, ownerOf(h.clientId), nextSeq()));
    upsertAll(UPSERT_INTERACTION, input.interactions, (i) => interactionParams(i, ownerOf(i.clientId), nextSeq()));
    return written;
  });
}

/** Whether the store has migration 0050's product columns (a store at an older schema, as the migration tests build one, has not). */
function hasProductTerms(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM pragma_table_info('products') WHERE name = 'liquidity'`).get() !== undefined;
}

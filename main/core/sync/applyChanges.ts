import type { DATA_TABLES } from '../../../shared/api';
import type { Advisor, Client, Holding, Interaction, Product } from '../../../shared/domain';
import type { Change, ChangesPage } from '../../../shared/wire';
import type { Db } from '../db/types';
import { namePinyin } from '../search/namePinyin';
import { writeSyncState } from './syncState';

export type DataTable = (typeof DATA_TABLES)[number];

const TABLE_OF: Record<Change['entity'], DataTable> = {
  advisor: 'advisors',
  product: 'products',
  client: 'clients',
  holding: 'holdings',
  interaction: 'interactions',
};

const bool = (value: boolean) => (value ? 1 : 0);

/**
 * Writes pages of the bank's change feed into the local cache. Statements are prepared once per
 * database; a page and its cursor are stored in one transaction, so a crash mid-page leaves the
 * previous cursor and the page is simply fetched again.
 */
export function createChangeApplier(db: Db) {
  const upsertAdvisor = db.prepare(`
    INSERT INTO advisors (id, username, name, name_en, employee_no, branch, title, phone, email)
    VALUES (@id, @username, @name, @nameEn, @employeeNo, @branch, @title, @phone, @email)
    ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name, name_en = excluded.name_en,
      employee_no = excluded.employee_no, branch = excluded.branch, title = excluded.title, phone = excluded.phone, email = excluded.email`);
  const upsertProduct = db.prepare(`
    INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark, deleted)
    VALUES (@id, @code, @name, @assetClass, @riskRating, @currency, @issuer, @benchmark, @deleted)
    ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, asset_class = excluded.asset_class,
      risk_rating = excluded.risk_rating, currency = excluded.currency, issuer = excluded.issuer,
      benchmark = excluded.benchmark, deleted = excluded.deleted`);
  const upsertClient = db.prepare(`
    INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, gender, birth_date, phone,
      id_number, tier, risk_level, risk_assessed_at, aum_fen, client_since, tags, preferred_channel, contact_prefs, notes,
      family_notes, enterprise_notes, version, updated_at, deleted)
    VALUES (@id, @advisorId, @customerNo, @name, @nameEn, @namePinyin, @nameInitials, @gender, @birthDate, @phone,
      @idNumber, @tier, @riskLevel, @riskAssessedAt, @aumFen, @clientSince, @tags, @preferredChannel, @contactPrefs, @notes,
      @familyNotes, @enterpriseNotes, @version, @updatedAt, @deleted)
    ON CONFLICT (id) DO UPDATE SET advisor_id = excluded.advisor_id, customer_no = excluded.customer_no, name = excluded.name,
      name_en = excluded.name_en, name_pinyin = excluded.name_pinyin, name_initials = excluded.name_initials,
      gender = excluded.gender, birth_date = excluded.birth_date, phone = excluded.phone, id_number = excluded.id_number,
      tier = excluded.tier, risk_level = excluded.risk_level, risk_assessed_at = excluded.risk_assessed_at,
      aum_fen = excluded.aum_fen, client_since = excluded.client_since, tags = excluded.tags,
      preferred_channel = excluded.preferred_channel, contact_prefs = excluded.contact_prefs, notes = excluded.notes,
      family_notes = excluded.family_notes, enterprise_notes = excluded.enterprise_notes, version = excluded.version,
      updated_at = excluded.updated_at, deleted = excluded.deleted`);
  const upsertHolding = db.prepare(`
    INSERT INTO holdings (id, client_id, product_id, units, market_value_fen, cost_fen, as_of, deleted)
    VALUES (@id, @clientId, @productId, @units, @marketValueFen, @costFen, @asOf, @deleted)
    ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, product_id = excluded.product_id, units = excluded.units,
      market_value_fen = excluded.market_value_fen, cost_fen = excluded.cost_fen, as_of = excluded.as_of, deleted = excluded.deleted`);
  const upsertInteraction = db.prepare(`
    INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary,
      next_steps, version, updated_at, deleted)
    VALUES (@id, @clientId, @advisorId, @occurredAt, @channel, @theme, @isAllocationReview, @summary,
      @nextSteps, @version, @updatedAt, @deleted)
    ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, advisor_id = excluded.advisor_id,
      occurred_at = excluded.occurred_at, channel = excluded.channel, theme = excluded.theme,
      is_allocation_review = excluded.is_allocation_review, summary = excluded.summary, next_steps = excluded.next_steps,
      version = excluded.version, updated_at = excluded.updated_at, deleted = excluded.deleted`);

  function applyOne(change: Change): void {
    switch (change.entity) {
      case 'advisor':
        upsertAdvisor.run(advisorRow(change.data));
        return;
      case 'product':
        upsertProduct.run(productRow(change.data));
        return;
      case 'client':
        upsertClient.run(clientRow(change.data));
        return;
      case 'holding':
        upsertHolding.run(holdingRow(change.data));
        return;
      case 'interaction':
        upsertInteraction.run(interactionRow(change.data));
        return;
    }
  }

  const applyPageTx = db.transaction((page: ChangesPage, syncedAt: string): DataTable[] => {
    const tables = new Set<DataTable>();
    for (const change of page.changes) {
      applyOne(change);
      tables.add(TABLE_OF[change.entity]);
    }
    writeSyncState(db, 'cursor', page.cursor);
    writeSyncState(db, 'last_sync_at', syncedAt);
    return [...tables];
  });

  return {
    /** The signed-in advisor's own record, as the login answer gives it. */
    saveAdvisor: (advisor: Advisor): void => void upsertAdvisor.run(advisorRow(advisor)),
    /** Applies one validated page and stores its cursor; returns the tables it touched. */
    applyPage: (page: ChangesPage, syncedAt: string): DataTable[] => applyPageTx(page, syncedAt),
  };
}

export type ChangeApplier = ReturnType<typeof createChangeApplier>;

const advisorRow = (a: Advisor) => ({ ...a });
const productRow = (p: Product) => ({ ...p, deleted: bool(p.deleted) });
const holdingRow = (h: Holding) => ({ ...h, deleted: bool(h.deleted) });
const interactionRow = (i: Interaction) => ({ ...i, isAllocationReview: bool(i.isAllocationReview), deleted: bool(i.deleted) });

function clientRow(c: Client) {
  const pinyin = namePinyin(c.name);
  return {
    ...c,
    namePinyin: pinyin.full,
    nameInitials: pinyin.initials,
    tags: JSON.stringify(c.tags),
    deleted: bool(c.deleted),
  };
}

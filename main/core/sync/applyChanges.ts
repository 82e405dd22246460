import type { DATA_TABLES } from '../../../shared/api';
import type { Advisor, Client, ModelPortfolio, NavSeries, Product, Report } from '../../../shared/domain';
import type { Change, ChangesPage } from '../../../shared/wire';
import { commitBankCopy } from '../db/bankCopyCommit';
import type { Db } from '../db/types';
import { searchColumns } from '../names/searchColumns';
import { readClient } from '../records/clientRecord';
import { entriesFor, heldEntityIds } from '../outbox/outbox';
import { stashServerRecord } from './heldServerRecords';
import type { Checkpoint } from '../lifecycle/checkpoints';
import { readSyncState, writeSyncState } from '../db/syncState';

export type DataTable = (typeof DATA_TABLES)[number];

/** A bank record outside a feed page (a conflict's current record, one stashed while held): a change without its sequence. */
export type BankRecord = { [E in Change['entity']]: Omit<Extract<Change, { entity: E }>, 'seq'> }[Change['entity']];

const TABLE_OF: Record<Change['entity'], DataTable> = {
  advisor: 'advisors',
  product: 'products',
  client: 'clients',
  holding: 'holdings',
  interaction: 'interactions',
  model_portfolio: 'model_portfolios',
  nav_series: 'nav_series',
  report: 'reports',
};

const bool = (value: boolean) => (value ? 1 : 0);

/**
 * Writes pages of the bank's change feed into the local cache. Statements are prepared once per
 * database; a page and its cursor are stored in one transaction, so a crash mid-page leaves the
 * previous cursor and the page is simply fetched again.
 */
export function createChangeApplier(db: Db, options: { checkpoint?: Checkpoint } = {}) {
  const upsertAdvisor = db.prepare(`
    INSERT INTO advisors (id, username, name, name_en, employee_no, branch, title, phone, email, sync_gen)
    VALUES (@id, @username, @name, @nameEn, @employeeNo, @branch, @title, @phone, @email, @gen)
    ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name, name_en = excluded.name_en,
      employee_no = excluded.employee_no, branch = excluded.branch, title = excluded.title, phone = excluded.phone,
      email = excluded.email, sync_gen = excluded.sync_gen`);
  const upsertProduct = db.prepare(`
    INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark, liquidity, locked_until,
      on_sale, min_purchase_fen, step_fen, deleted, sync_gen)
    VALUES (@id, @code, @name, @assetClass, @riskRating, @currency, @issuer, @benchmark, @liquidity, @lockedUntil,
      @onSale, @minPurchaseFen, @stepFen, @deleted, @gen)
    ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, asset_class = excluded.asset_class,
      risk_rating = excluded.risk_rating, currency = excluded.currency, issuer = excluded.issuer,
      benchmark = excluded.benchmark, liquidity = excluded.liquidity, locked_until = excluded.locked_until,
      on_sale = excluded.on_sale, min_purchase_fen = excluded.min_purchase_fen, step_fen = excluded.step_fen,
      deleted = excluded.deleted, sync_gen = excluded.sync_gen`);
  const upsertClient = db.prepare(`
    INSERT INTO clients (id, advisor_id, customer_no, name, name_en, name_pinyin, name_initials, name_chars, name_syllables,
      customer_digits, phone_tail, gender, birth_date, phone,
      id_number, tier, risk_level, risk_assessed_at, aum_fen, client_since, tags, preferred_channel, contact_prefs, notes,
      family_notes, enterprise_notes, version, updated_at, deleted, sync_gen)
    VALUES (@id, @advisorId, @customerNo, @name, @nameEn, @namePinyin, @nameInitials, @nameChars, @nameSyllables,
      @customerDigits, @phoneTail, @gender, @birthDate, @phone,
      @idNumber, @tier, @riskLevel, @riskAssessedAt, @aumFen, @clientSince, @tags, @preferredChannel, @contactPrefs, @notes,
      @familyNotes, @enterpriseNotes, @version, @updatedAt, @deleted, @gen)
    ON CONFLICT (id) DO UPDATE SET advisor_id = excluded.advisor_id, customer_no = excluded.customer_no, name = excluded.name,
      name_en = excluded.name_en, name_pinyin = excluded.name_pinyin, name_initials = excluded.name_initials,
      name_chars = excluded.name_chars, name_syllables = excluded.name_syllables, customer_digits = excluded.customer_digits,
      phone_tail = excluded.phone_tail,
      gender = excluded.gender, birth_date = excluded.birth_date, phone = excluded.phone, id_number = excluded.id_number,
      tier = excluded.tier, risk_level = excluded.risk_level, risk_assessed_at = excluded.risk_assessed_at,
      aum_fen = excluded.aum_fen, client_since = excluded.client_since, tags = excluded.tags,
      preferred_channel = excluded.preferred_channel, contact_prefs = excluded.contact_prefs, notes = excluded.notes,
      family_notes = excluded.family_notes, enterprise_notes = excluded.enterprise_notes, version = excluded.version,
      updated_at = excluded.updated_at, deleted = excluded.deleted, sync_gen = excluded.sync_gen`);
  const upsertHolding = db.prepare(`
    INSERT INTO holdings (id, client_id, product_id, units, market_value_fen, cost_fen, as_of, deleted, sync_gen)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, product_id = excluded.product_id, units = excluded.units,
      market_value_fen = excluded.market_value_fen, cost_fen = excluded.cost_fen, as_of = excluded.as_of,
      deleted = excluded.deleted, sync_gen = excluded.sync_gen`);
  const upsertInteraction = db.prepare(`
    INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary,
      next_steps, version, updated_at, deleted, sync_gen)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, advisor_id = excluded.advisor_id,
      occurred_at = excluded.occurred_at, channel = excluded.channel, theme = excluded.theme,
      is_allocation_review = excluded.is_allocation_review, summary = excluded.summary, next_steps = excluded.next_steps,
      version = excluded.version, updated_at = excluded.updated_at, deleted = excluded.deleted, sync_gen = excluded.sync_gen`);

  const upsertModel = db.prepare(`
    INSERT INTO model_portfolios (id, risk_level, name, weights, version, deleted, sync_gen)
    VALUES (@id, @riskLevel, @name, @weights, @version, @deleted, @gen)
    ON CONFLICT (id) DO UPDATE SET risk_level = excluded.risk_level, name = excluded.name, weights = excluded.weights,
      version = excluded.version, deleted = excluded.deleted, sync_gen = excluded.sync_gen`);
  const upsertNav = db.prepare(`
    INSERT INTO nav_series (id, product_id, points, deleted, sync_gen) VALUES (@id, @productId, @points, @deleted, @gen)
    ON CONFLICT (id) DO UPDATE SET product_id = excluded.product_id, points = excluded.points, deleted = excluded.deleted,
      sync_gen = excluded.sync_gen`);
  // A report made here keeps its snapshot and page count: the bank has neither.
  const upsertReport = db.prepare(`
    INSERT INTO reports (id, client_id, advisor_id, kind, title, period_from, period_to, pdf_sha256, created_at, delivered_at,
      delivery_channel, version, updated_at, deleted, sync_gen)
    VALUES (@id, @clientId, @advisorId, @kind, @title, @periodFrom, @periodTo, @pdfSha256, @createdAt, @deliveredAt,
      @deliveryChannel, @version, @updatedAt, @deleted, @gen)
    ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, advisor_id = excluded.advisor_id, kind = excluded.kind,
      title = excluded.title, period_from = excluded.period_from, period_to = excluded.period_to, pdf_sha256 = excluded.pdf_sha256,
      created_at = excluded.created_at, delivered_at = excluded.delivered_at, delivery_channel = excluded.delivery_channel,
      version = excluded.version, updated_at = excluded.updated_at, deleted = excluded.deleted, sync_gen = excluded.sync_gen`);

  /** What the puller must not overwrite: records with local changes still held in the outbox. */
  interface Held {
    clients: Set<string>;
    interactions: Set<string>;
    reports: Set<string>;
  }
  const heldNow = (): Held => ({ clients: heldEntityIds(db, 'client'), interactions: heldEntityIds(db, 'interaction'), reports: heldEntityIds(db, 'report') });

  function applyOne(change: BankRecord, gen: number, held: Held): void {
    switch (change.entity) {
      case 'advisor':
        upsertAdvisor.run({ ...advisorRow(change.data), gen });
        return;
      case 'product':
        upsertProduct.run({ ...productRow(change.data), gen });
        return;
      case 'client': {
        const isHeld = held.clients.has(change.data.id);
        if (isHeld) stashServerRecord(db, { entity: 'client', data: change.data });
        upsertClient.run({ ...clientRow(isHeld ? keepHeldFields(db, change.data) : change.data), gen });
        return;
      }
      case 'holding': {
        // Holdings and interactions are nearly all of a first sync's rows: positional values,
        // without an object per row, write them about a fifth faster.
        const h = change.data;
        upsertHolding.run(h.id, h.clientId, h.productId, h.units, h.marketValueFen, h.costFen, h.asOf, bool(h.deleted), gen);
        return;
      }
      case 'interaction':
        // The RM's own unsent version stays; the push settles it (applied, or a conflict to show).
        if (held.interactions.has(change.data.id)) stashServerRecord(db, { entity: 'interaction', data: change.data });
        else {
          const i = change.data;
          upsertInteraction.run(i.id, i.clientId, i.advisorId, i.occurredAt, i.channel, i.theme, bool(i.isAllocationReview), i.summary, i.nextSteps, i.version, i.updatedAt, bool(i.deleted), gen);
        }
        return;
      case 'model_portfolio':
        upsertModel.run({ ...modelRow(change.data), gen });
        return;
      case 'nav_series':
        upsertNav.run({ ...navRow(change.data), gen });
        return;
      case 'report':
        // Like interactions: an unsent delivery stays until the push settles it.
        if (held.reports.has(change.data.id)) stashServerRecord(db, { entity: 'report', data: change.data });
        else upsertReport.run({ ...reportRow(change.data), gen });
        return;
    }
  }

  const applyPageRows = (pages: readonly ChangesPage[], syncedAt: string): DataTable[] => {
    const tables = new Set<DataTable>();
    const gen = Number(readSyncState(db, 'generation') ?? '0');
    const held = heldNow();
    for (const page of pages) {
      const middle = Math.floor(page.changes.length / 2);
      page.changes.forEach((change, index) => {
        if (index === middle) options.checkpoint?.('pull-page-mid');
        applyOne(change, gen, held);
        tables.add(TABLE_OF[change.entity]);
      });
    }
    const last = pages.at(-1);
    if (last) writeSyncState(db, 'cursor', last.cursor);
    writeSyncState(db, 'last_sync_at', syncedAt);
    return [...tables];
  };

  const applyRecordsTx = db.transaction((records: readonly BankRecord[]): DataTable[] => {
    const gen = Number(readSyncState(db, 'generation') ?? '0');
    const held = heldNow();
    for (const record of records) applyOne(record, gen, held);
    return [...new Set(records.map((r) => TABLE_OF[r.entity]))];
  });

  return {
    /**
     * Writes bank records outside a feed page (a conflict's current record, a stashed record
     * after a discard), with the same guard for fields still held in the outbox.
     */
    applyRecords: (records: readonly BankRecord[]): DataTable[] => applyRecordsTx(records),
    /** The signed-in advisor's own record, as the login answer gives it. */
    saveAdvisor: (advisor: Advisor): void => {
      upsertAdvisor.run({ ...advisorRow(advisor), gen: Number(readSyncState(db, 'generation') ?? '0') });
    },
    /**
     * Applies validated pages, in order, and stores the last one's cursor, in one transaction;
     * returns the tables they touched. The bank gives the pages again from the older cursor, so
     * the commit does not wait for the disk (commitBankCopy).
     */
    applyPages: (pages: readonly ChangesPage[], syncedAt: string): DataTable[] => commitBankCopy(db, () => applyPageRows(pages, syncedAt)),
  };
}

export type ChangeApplier = ReturnType<typeof createChangeApplier>;

const advisorRow = (a: Advisor) => ({ ...a });
// The optional fields a bank may not send are stored as NULL (a later record without them clears them).
const productRow = (p: Product) => ({
  ...p,
  liquidity: p.liquidity ?? null,
  lockedUntil: p.lockedUntil ?? null,
  onSale: p.onSale === undefined ? null : bool(p.onSale),
  minPurchaseFen: p.minPurchaseFen ?? null,
  stepFen: p.stepFen ?? null,
  deleted: bool(p.deleted),
});
const modelRow = (m: ModelPortfolio) => ({ ...m, weights: JSON.stringify(m.weights), deleted: bool(m.deleted) });
const navRow = (n: NavSeries) => ({ ...n, points: JSON.stringify(n.points), deleted: bool(n.deleted) });
const reportRow = (r: Report) => ({ ...r, deleted: bool(r.deleted) });

function clientRow(c: Client) {
  return { ...c, ...searchColumns(c), tags: JSON.stringify(c.tags), deleted: bool(c.deleted) };
}

/** The bank's record, with the local values of every field an outbox entry still holds. */
function keepHeldFields(db: Db, incoming: Client): Client {
  const local = readClient(db, incoming.id);
  if (!local) return incoming;
  const merged: Client = { ...incoming };
  for (const entry of entriesFor(db, 'client', incoming.id)) {
    if (entry.body.type !== 'client.update') continue;
    for (const field of Object.keys(entry.body.fields) as (keyof typeof entry.body.fields)[]) {
      (merged as Record<string, unknown>)[field] = local[field];
    }
  }
  return merged;
}

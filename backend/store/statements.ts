/**
 * Upsert statements keyed by entity, with named parameters matching the entity's camelCase
 * fields (see rows.ts). INSERT … ON CONFLICT DO UPDATE rather than REPLACE: REPLACE deletes the
 * row first, which would fire foreign-key checks against its children.
 */
export const UPSERT_ADVISOR = `
  INSERT INTO advisors (id, username, password_hash, password_salt, name, name_en, employee_no, branch, title, phone, email, seq, deleted)
  VALUES (@id, @username, @passwordHash, @passwordSalt, @name, @nameEn, @employeeNo, @branch, @title, @phone, @email, @seq, 0)
  ON CONFLICT (id) DO UPDATE SET
    username = excluded.username, password_hash = excluded.password_hash, password_salt = excluded.password_salt,
    name = excluded.name, name_en = excluded.name_en, employee_no = excluded.employee_no, branch = excluded.branch,
    title = excluded.title, phone = excluded.phone, email = excluded.email, seq = excluded.seq`;

export const UPSERT_PRODUCT = `
  INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark, liquidity, locked_until, on_sale,
    min_purchase_fen, step_fen, seq, deleted)
  VALUES (@id, @code, @name, @assetClass, @riskRating, @currency, @issuer, @benchmark, @liquidity, @lockedUntil, @onSale,
    @minPurchaseFen, @stepFen, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    code = excluded.code, name = excluded.name, asset_class = excluded.asset_class, risk_rating = excluded.risk_rating,
    currency = excluded.currency, issuer = excluded.issuer, benchmark = excluded.benchmark, liquidity = excluded.liquidity,
    locked_until = excluded.locked_until, on_sale = excluded.on_sale, min_purchase_fen = excluded.min_purchase_fen,
    step_fen = excluded.step_fen, seq = excluded.seq, deleted = excluded.deleted`;

/** A store before migration 0050 (as the migration tests build one): products without their terms of sale. */
export const UPSERT_PRODUCT_BEFORE_0050 = `
  INSERT INTO products (id, code, name, asset_class, risk_rating, currency, issuer, benchmark, seq, deleted)
  VALUES (@id, @code, @name, @assetClass, @riskRating, @currency, @issuer, @benchmark, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    code = excluded.code, name = excluded.name, asset_class = excluded.asset_class, risk_rating = excluded.risk_rating,
    currency = excluded.currency, issuer = excluded.issuer, benchmark = excluded.benchmark, seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_CLIENT = `
  INSERT INTO clients (id, advisor_id, customer_no, name, name_en, gender, birth_date, phone, id_number, tier, risk_level,
    risk_assessed_at, aum_fen, client_since, tags, preferred_channel, contact_prefs, notes, family_notes, enterprise_notes,
    version, updated_at, seq, deleted)
  VALUES (@id, @advisorId, @customerNo, @name, @nameEn, @gender, @birthDate, @phone, @idNumber, @tier, @riskLevel,
    @riskAssessedAt, @aumFen, @clientSince, @tags, @preferredChannel, @contactPrefs, @notes, @familyNotes, @enterpriseNotes,
    @version, @updatedAt, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    advisor_id = excluded.advisor_id, customer_no = excluded.customer_no, name = excluded.name, name_en = excluded.name_en,
    gender = excluded.gender, birth_date = excluded.birth_date, phone = excluded.phone, id_number = excluded.id_number,
    tier = excluded.tier, risk_level = excluded.risk_level, risk_assessed_at = excluded.risk_assessed_at,
    aum_fen = excluded.aum_fen, client_since = excluded.client_since, tags = excluded.tags,
    preferred_channel = excluded.preferred_channel, contact_prefs = excluded.contact_prefs, notes = excluded.notes,
    family_notes = excluded.family_notes, enterprise_notes = excluded.enterprise_notes, version = excluded.version,
    updated_at = excluded.updated_at, seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_HOLDING = `
  INSERT INTO holdings (id, client_id, product_id, owner_advisor_id, units, market_value_fen, cost_fen, as_of, seq, deleted)
  VALUES (@id, @clientId, @productId, @ownerAdvisorId, @units, @marketValueFen, @costFen, @asOf, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    client_id = excluded.client_id, product_id = excluded.product_id, owner_advisor_id = excluded.owner_advisor_id,
    units = excluded.units, market_value_fen = excluded.market_value_fen, cost_fen = excluded.cost_fen,
    as_of = excluded.as_of, seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_INTERACTION = `
  INSERT INTO interactions (id, client_id, advisor_id, owner_advisor_id, occurred_at, channel, theme, is_allocation_review,
    summary, next_steps, version, updated_at, seq, deleted)
  VALUES (@id, @clientId, @advisorId, @ownerAdvisorId, @occurredAt, @channel, @theme, @isAllocationReview,
    @summary, @nextSteps, @version, @updatedAt, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    client_id = excluded.client_id, advisor_id = excluded.advisor_id, owner_advisor_id = excluded.owner_advisor_id,
    occurred_at = excluded.occurred_at, channel = excluded.channel, theme = excluded.theme,
    is_allocation_review = excluded.is_allocation_review, summary = excluded.summary, next_steps = excluded.next_steps,
    version = excluded.version, updated_at = excluded.updated_at, seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_MODEL_PORTFOLIO = `
  INSERT INTO model_portfolios (id, risk_level, name, weights, version, seq, deleted)
  VALUES (@id, @riskLevel, @name, @weights, @version, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    risk_level = excluded.risk_level, name = excluded.name, weights = excluded.weights, version = excluded.version,
    seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_NAV_SERIES = `
  INSERT INTO nav_series (id, product_id, points, seq, deleted)
  VALUES (@id, @productId, @points, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    product_id = excluded.product_id, points = excluded.points, seq = excluded.seq, deleted = excluded.deleted`;

export const UPSERT_REPORT = `
  INSERT INTO reports (id, client_id, advisor_id, owner_advisor_id, kind, title, period_from, period_to, created_at, pdf_sha256,
    delivered_at, delivery_channel, version, updated_at, seq, deleted)
  VALUES (@id, @clientId, @advisorId, @ownerAdvisorId, @kind, @title, @periodFrom, @periodTo, @createdAt, @pdfSha256,
    @deliveredAt, @deliveryChannel, @version, @updatedAt, @seq, @deleted)
  ON CONFLICT (id) DO UPDATE SET
    client_id = excluded.client_id, advisor_id = excluded.advisor_id, owner_advisor_id = excluded.owner_advisor_id,
    kind = excluded.kind, title = excluded.title, period_from = excluded.period_from, period_to = excluded.period_to,
    created_at = excluded.created_at, pdf_sha256 = excluded.pdf_sha256, delivered_at = excluded.delivered_at,
    delivery_channel = excluded.delivery_channel, version = excluded.version, updated_at = excluded.updated_at,
    seq = excluded.seq, deleted = excluded.deleted`;

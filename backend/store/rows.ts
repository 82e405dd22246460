import type { Advisor, Client, Holding, Interaction, ModelPortfolio, ModelWeight, NavSeries, Product, Report } from '../../shared/domain/entities';

/**
 * Rows as SQLite returns them (snake_case, 0/1 flags, JSON text) and the conversions to and from
 * the shared entity shapes. The one place that knows both spellings, so the wire format cannot
 * drift from the schema in two different ways.
 */

export interface AdvisorRow {
  id: string;
  username: string;
  name: string;
  name_en: string;
  employee_no: string;
  branch: string;
  title: string;
  phone: string | null;
  email: string | null;
}

export interface ProductRow {
  id: string;
  code: string;
  name: string;
  asset_class: Product['assetClass'];
  risk_rating: Product['riskRating'];
  currency: string;
  issuer: string;
  benchmark: string | null;
  liquidity: NonNullable<Product['liquidity']> | null;
  locked_until: string | null;
  on_sale: number | null;
  min_purchase_fen: number | null;
  step_fen: number | null;
  deleted: number;
}

export interface ClientRow {
  id: string;
  advisor_id: string;
  customer_no: string;
  name: string;
  name_en: string;
  gender: Client['gender'];
  birth_date: string | null;
  phone: string | null;
  id_number: string | null;
  tier: Client['tier'];
  risk_level: Client['riskLevel'];
  risk_assessed_at: string | null;
  aum_fen: number;
  client_since: string | null;
  tags: string;
  preferred_channel: Client['preferredChannel'];
  contact_prefs: string | null;
  notes: string | null;
  family_notes: string | null;
  enterprise_notes: string | null;
  version: number;
  updated_at: string;
  deleted: number;
}

export interface HoldingRow {
  id: string;
  client_id: string;
  product_id: string;
  units: number | null;
  market_value_fen: number;
  cost_fen: number;
  as_of: string;
  deleted: number;
}

export interface InteractionRow {
  id: string;
  client_id: string;
  advisor_id: string;
  occurred_at: string;
  channel: Interaction['channel'];
  theme: string | null;
  is_allocation_review: number;
  summary: string | null;
  next_steps: string | null;
  version: number;
  updated_at: string;
  deleted: number;
}

export interface ModelPortfolioRow {
  id: string;
  risk_level: ModelPortfolio['riskLevel'];
  name: string;
  weights: string;
  version: number;
  deleted: number;
}

export interface NavSeriesRow {
  id: string;
  product_id: string;
  points: string;
  deleted: number;
}

export interface ReportRow {
  id: string;
  client_id: string;
  advisor_id: string;
  kind: Report['kind'];
  title: string;
  period_from: string;
  period_to: string;
  created_at: string;
  pdf_sha256: string;
  delivered_at: string | null;
  delivery_channel: Report['deliveryChannel'];
  version: number;
  updated_at: string;
  deleted: number;
}

const flag = (value: boolean): number => (value ? 1 : 0);

export function advisorFromRow(r: AdvisorRow): Advisor {
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    nameEn: r.name_en,
    employeeNo: r.employee_no,
    branch: r.branch,
    title: r.title,
    phone: r.phone,
    email: r.email,
  };
}

export function productFromRow(r: ProductRow): Product {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    assetClass: r.asset_class,
    riskRating: r.risk_rating,
    currency: r.currency,
    issuer: r.issuer,
    benchmark: r.benchmark,
    // Optional on the wire: a field the bank did not give is left out, not sent as null.
    ...(r.liquidity !== null && { liquidity: r.liquidity }),
    ...(r.locked_until !== null && { lockedUntil: r.locked_until }),
    ...(r.on_sale !== null && { onSale: r.on_sale === 1 }),
    ...(r.min_purchase_fen !== null && { minPurchaseFen: r.min_purchase_fen }),
    ...(r.step_fen !== null && { stepFen: r.step_fen }),
    deleted: r.deleted === 1,
  };
}

export function clientFromRow(r: ClientRow): Client {
  return {
    id: r.id,
    advisorId: r.advisor_id,
    customerNo: r.customer_no,
    name: r.name,
    nameEn: r.name_en,
    gender: r.gender,
    birthDate: r.birth_date,
    phone: r.phone,
    idNumber: r.id_number,
    tier: r.tier,
    riskLevel: r.risk_level,
    riskAssessedAt: r.risk_assessed_at,
    aumFen: r.aum_fen,
    clientSince: r.client_since,
    tags: JSON.parse(r.tags) as string[],
    preferredChannel: r.preferred_channel,
    contactPrefs: r.contact_prefs,
    notes: r.notes,
    familyNotes: r.family_notes,
    enterpriseNotes: r.enterprise_notes,
    version: r.version,
    updatedAt: r.updated_at,
    deleted: r.deleted === 1,
  };
}

export function holdingFromRow(r: HoldingRow): Holding {
  return {
    id: r.id,
    clientId: r.client_id,
    productId: r.product_id,
    units: r.units,
    marketValueFen: r.market_value_fen,
    costFen: r.cost_fen,
    asOf: r.as_of,
    deleted: r.deleted === 1,
  };
}

export function interactionFromRow(r: InteractionRow): Interaction {
  return {
    id: r.id,
    clientId: r.client_id,
    advisorId: r.advisor_id,
    occurredAt: r.occurred_at,
    channel: r.channel,
    theme: r.theme,
    isAllocationReview: r.is_allocation_review === 1,
    summary: r.summary,
    nextSteps: r.next_steps,
    version: r.version,
    updatedAt: r.updated_at,
    deleted: r.deleted === 1,
  };
}

export function modelPortfolioFromRow(r: ModelPortfolioRow): ModelPortfolio {
  return {
    id: r.id,
    riskLevel: r.risk_level,
    name: r.name,
    weights: JSON.parse(r.weights) as ModelWeight[],
    version: r.version,
    deleted: r.deleted === 1,
  };
}

export function navSeriesFromRow(r: NavSeriesRow): NavSeries {
  return {
    id: r.id,
    productId: r.product_id,
    points: JSON.parse(r.points) as NavSeries['points'],
    deleted: r.deleted === 1,
  };
}

export function reportFromRow(r: ReportRow): Report {
  return {
    id: r.id,
    clientId: r.client_id,
    advisorId: r.advisor_id,
    kind: r.kind,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    createdAt: r.created_at,
    pdfSha256: r.pdf_sha256,
    deliveredAt: r.delivered_at,
    deliveryChannel: r.delivery_channel,
    version: r.version,
    updatedAt: r.updated_at,
    deleted: r.deleted === 1,
  };
}

/* Named bind parameters for INSERT/REPLACE statements (better-sqlite3 binds no booleans or arrays). */

export function productParams(p: Product, seq: number) {
  return {
    ...p,
    liquidity: p.liquidity ?? null,
    lockedUntil: p.lockedUntil ?? null,
    onSale: p.onSale === undefined ? null : flag(p.onSale),
    minPurchaseFen: p.minPurchaseFen ?? null,
    stepFen: p.stepFen ?? null,
    deleted: flag(p.deleted),
    seq,
  };
}

export function clientParams(c: Client, seq: number) {
  return { ...c, tags: JSON.stringify(c.tags), deleted: flag(c.deleted), seq };
}

export function holdingParams(h: Holding, ownerAdvisorId: string, seq: number) {
  return { ...h, ownerAdvisorId, deleted: flag(h.deleted), seq };
}

export function interactionParams(i: Interaction, ownerAdvisorId: string, seq: number) {
  return { ...i, ownerAdvisorId, isAllocationReview: flag(i.isAllocationReview), deleted: flag(i.deleted), seq };
}

export function modelPortfolioParams(m: ModelPortfolio, seq: number) {
  return { ...m, weights: JSON.stringify(m.weights), deleted: flag(m.deleted), seq };
}

export function navSeriesParams(n: NavSeries, seq: number) {
  return { ...n, points: JSON.stringify(n.points), deleted: flag(n.deleted), seq };
}

export function reportParams(r: Report, ownerAdvisorId: string, seq: number) {
  return { ...r, ownerAdvisorId, deleted: flag(r.deleted), seq };
}

import { z } from 'zod';
import {
  assetClassSchema,
  channelSchema,
  clientRiskLevelSchema,
  genderSchema,
  productLiquiditySchema,
  productRiskRatingSchema,
  reportKindSchema,
  tierSchema,
} from './enums';
import { fenSchema, idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema, nonNegativeFenSchema, shortTextSchema } from './primitives';

/**
 * The records the bank and the desk exchange. One shape for the wire and for the desk's own
 * API, so a field means the same everywhere. `version` is the bank's row version, used for
 * conflict detection on editable fields; `deleted` marks a tombstone.
 */
export const advisorSchema = z.object({
  id: idSchema,
  username: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  nameEn: z.string().max(128),
  employeeNo: z.string().max(32),
  branch: z.string().max(128),
  title: z.string().max(64),
  phone: z.string().max(32).nullable(),
  email: z.string().max(128).nullable(),
});
export type Advisor = z.infer<typeof advisorSchema>;

export const clientSchema = z.object({
  id: idSchema,
  advisorId: idSchema,
  customerNo: z.string().min(1).max(32),
  name: z.string().min(1).max(64),
  nameEn: z.string().max(128),
  gender: genderSchema.nullable(),
  birthDate: isoDateSchema.nullable(),
  phone: z.string().max(32).nullable(),
  idNumber: z.string().max(32).nullable(),
  tier: tierSchema,
  riskLevel: clientRiskLevelSchema.nullable(),
  riskAssessedAt: isoDateSchema.nullable(),
  aumFen: nonNegativeFenSchema,
  clientSince: isoDateSchema.nullable(),
  tags: z.array(z.string().min(1).max(32)).max(50),
  preferredChannel: channelSchema.nullable(),
  contactPrefs: shortTextSchema.nullable(),
  notes: longTextSchema.nullable(),
  familyNotes: longTextSchema.nullable(),
  enterpriseNotes: longTextSchema.nullable(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
  deleted: z.boolean(),
});
export type Client = z.infer<typeof clientSchema>;

export const productSchema = z.object({
  id: idSchema,
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(128),
  assetClass: assetClassSchema,
  riskRating: productRiskRatingSchema,
  currency: z.string().length(3),
  issuer: z.string().max(128),
  benchmark: z.string().max(200).nullable(),
  /**
   * Optional, for rebalancing advice (backend/README.md). A bank that sends none: an insurance-class
   * product is a policy (never sold), any other is liquid; a product not said to be on sale is not
   * offered; no minimum, any whole fen.
   */
  liquidity: productLiquiditySchema.optional(),
  /** The last day it cannot be redeemed (a closed period's or lock-up's end); none: no lock-up. */
  lockedUntil: isoDateSchema.optional(),
  /** Whether the bank offers it for purchase now. */
  onSale: z.boolean().optional(),
  /** The least first purchase, and the increment above it, in fen. */
  minPurchaseFen: fenSchema.positive().optional(),
  stepFen: fenSchema.positive().optional(),
  deleted: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

export const holdingSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  productId: idSchema,
  units: z.number().nonnegative().nullable(),
  marketValueFen: nonNegativeFenSchema,
  costFen: nonNegativeFenSchema,
  asOf: isoDateSchema,
  deleted: z.boolean(),
});
export type Holding = z.infer<typeof holdingSchema>;

export const interactionSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  advisorId: idSchema,
  occurredAt: isoDateTimeSchema,
  channel: channelSchema,
  theme: shortTextSchema.nullable(),
  isAllocationReview: z.boolean(),
  summary: longTextSchema.nullable(),
  nextSteps: longTextSchema.nullable(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
  deleted: z.boolean(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/**
 * The bank's model portfolio for one client risk level: a target weight per asset class with its
 * tolerance band, and the products it suggests for each class (reports use them for rebalancing).
 */
export const modelWeightSchema = z.object({
  assetClass: assetClassSchema,
  target: z.number().min(0).max(1),
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1),
  suggestedProductIds: z.array(idSchema).max(10),
});
export const modelPortfolioSchema = z.object({
  id: idSchema,
  riskLevel: clientRiskLevelSchema,
  name: z.string().min(1).max(128),
  weights: z.array(modelWeightSchema).min(1).max(5),
  version: z.number().int().nonnegative(),
  deleted: z.boolean(),
});
export type ModelPortfolio = z.infer<typeof modelPortfolioSchema>;
export type ModelWeight = z.infer<typeof modelWeightSchema>;

/** A product's net asset values, oldest first: [date, nav]. One record per product. */
export const navSeriesSchema = z.object({
  id: idSchema,
  productId: idSchema,
  points: z.array(z.tuple([isoDateSchema, z.number().positive()])).max(4000),
  deleted: z.boolean(),
});
export type NavSeries = z.infer<typeof navSeriesSchema>;

export const DELIVERY_CHANNELS = ['printed', 'chat', 'download'] as const;

/**
 * A report made at the desk: what it was, for whom and when, the SHA-256 of its PDF (the snapshot
 * it was built from stays at the desk, so it can be reproduced), and whether it was delivered.
 */
export const reportSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  advisorId: idSchema,
  kind: reportKindSchema,
  title: z.string().min(1).max(200),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  createdAt: isoDateTimeSchema,
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
  deliveredAt: isoDateTimeSchema.nullable(),
  deliveryChannel: z.enum(DELIVERY_CHANNELS).nullable(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
  deleted: z.boolean(),
});
export type Report = z.infer<typeof reportSchema>;

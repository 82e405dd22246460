import { z } from 'zod';
import { ASSESSMENT_STATES } from '../rules/assessment';
import { SUITABILITY_REASONS } from '../rules/suitability';
import { assetClassSchema, productRiskRatingSchema } from '../domain/enums';
import { fenSchema, idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../domain/primitives';
import { cadenceResultSchema } from './cadence';
import { clientDetailSchema } from './models';
import { reportLineSchema } from './reports';

export const holdingLineSchema = z
  .object({
    id: idSchema,
    productId: idSchema,
    productCode: z.string(),
    productName: z.string(),
    assetClass: assetClassSchema,
    riskRating: productRiskRatingSchema,
    marketValueFen: nonNegativeFenSchema,
    costFen: nonNegativeFenSchema,
    /** Share of the client's holdings, 0…1. */
    weight: z.number().min(0).max(1),
    /** (market value − cost) / cost; null when the cost is zero. */
    returnSinceCost: z.number().nullable(),
    /** Not suitable for the client (`shared/rules/suitability.ts`): exactly when `suitability` is not 'suitable'. */
    unsuitable: z.boolean(),
    /** Why: not assessed, the assessment expired, the product's risk above the client's level, or suitable. */
    suitability: z.enum(SUITABILITY_REASONS),
    asOf: isoDateSchema,
  })
  // Two fields for one verdict: the boolean filters and counts, the reason is what the RM reads.
  .refine((line) => line.unsuitable === (line.suitability !== 'suitable'), { path: ['unsuitable'], message: 'unsuitable disagrees with suitability' });
export type HoldingLine = z.infer<typeof holdingLineSchema>;

export const allocationSliceSchema = z.object({
  assetClass: assetClassSchema,
  marketValueFen: nonNegativeFenSchema,
  weight: z.number().min(0).max(1),
});

export const client360Schema = z.object({
  client: clientDetailSchema,
  /** The risk assessment on the bank's today (`shared/rules/assessment.ts`). */
  assessment: z.object({
    state: z.enum(ASSESSMENT_STATES),
    /** The anniversary of the assessment: its first day expired. */
    expiresOn: isoDateSchema.nullable(),
    /** The last day it holds. */
    validThrough: isoDateSchema.nullable(),
    /** Expired, or never assessed. */
    expired: z.boolean(),
    /** Expires within 30 days. */
    expiringSoon: z.boolean(),
  }),
  totalFen: nonNegativeFenSchema,
  /** Unrealised gain or loss over all holdings. */
  gainFen: fenSchema,
  allocation: z.array(allocationSliceSchema),
  holdings: z.array(holdingLineSchema),
  lastContactAt: isoDateTimeSchema.nullable(),
  reports: z.array(reportLineSchema),
  /** 12-4-2-1 for this year as of today: the 12-month strip and the four measures. */
  cadence: cadenceResultSchema,
});
export type Client360 = z.infer<typeof client360Schema>;

export const REVEALABLE_FIELDS = ['phone', 'idNumber'] as const;
export const revealInputSchema = z.object({ id: idSchema, field: z.enum(REVEALABLE_FIELDS) }).strict();

import { z } from 'zod';
import { ASSESSMENT_STATES } from '../rules/assessment';
import { assetClassSchema, productRiskRatingSchema } from '../domain/enums';
import { fenSchema, idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../domain/primitives';
import { cadenceResultSchema } from './cadence';
import { clientDetailSchema } from './models';
import { reportLineSchema } from './reports';

export const holdingLineSchema = z.object({
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
  /** Product risk above the client's level, or the assessment expired (glossary: suitability). */
  unsuitable: z.boolean(),
  asOf: isoDateSchema,
});
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

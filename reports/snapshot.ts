import { z } from 'zod';
import { needsSurveySchema } from '../shared/api/reports';
import { cadenceResultSchema } from '../shared/api/cadence';
import { modelPortfolioSchema } from '../shared/domain/entities';
import { assetClassSchema, channelSchema, clientRiskLevelSchema, productRiskRatingSchema, reportKindSchema, tierSchema } from '../shared/domain/enums';
import { idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../shared/domain/primitives';

/** Upper bounds that keep one report within memory and time: larger inputs are refused with LIMIT. */
export const SNAPSHOT_LIMITS = { holdings: 10_000, textChars: 20_000, interactions: 2_000, navPoints: 4_000 } as const;

const text = z.string().max(SNAPSHOT_LIMITS.textChars);

/**
 * Everything a report is built from, frozen at generation: the PDF is a pure function of it, so
 * the stored snapshot reproduces the same bytes. All figures (weights, drift, returns) are
 * derived from it at render time, never stored twice.
 */
export const reportSnapshotSchema = z.object({
  /**
   * How the snapshot is printed, so a stored report reprints as it was given: 1 printed the
   * assessment's anniversary as "有效期至"; 2 prints its last valid day (docs/glossary.md); 3 also
   * judges every product with the assessment's validity and prints why it is or is not suitable.
   */
  schema: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  reportId: idSchema,
  kind: reportKindSchema,
  title: z.string().min(1).max(200),
  /** When it was generated (the PDF's creation date). */
  generatedAt: isoDateTimeSchema,
  /** The day the figures are as of (China time), and the period the report covers. */
  asOf: isoDateSchema,
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  client: z.object({
    id: idSchema,
    name: z.string().min(1).max(64),
    nameEn: z.string().max(128),
    customerNo: z.string().max(32),
    tier: tierSchema,
    riskLevel: clientRiskLevelSchema.nullable(),
    riskAssessedAt: isoDateSchema.nullable(),
    clientSince: isoDateSchema.nullable(),
  }),
  advisor: z.object({
    id: idSchema,
    name: z.string().max(64),
    nameEn: z.string().max(128),
    title: z.string().max(64),
    branch: z.string().max(128),
    employeeNo: z.string().max(32),
    phone: z.string().max(32).nullable(),
    email: z.string().max(128).nullable(),
  }),
  holdings: z
    .array(
      z.object({
        productId: idSchema,
        productCode: z.string().max(32),
        productName: z.string().max(128),
        assetClass: assetClassSchema,
        riskRating: productRiskRatingSchema,
        marketValueFen: nonNegativeFenSchema,
        costFen: nonNegativeFenSchema,
        asOf: isoDateSchema,
      }),
    )
    .max(SNAPSHOT_LIMITS.holdings),
  /** The bank's model for the client's risk level, or null when there is none (never assessed). */
  model: modelPortfolioSchema.nullable(),
  /** Products the model suggests, with their names and risk, for the rebalancing section. */
  suggestedProducts: z.array(z.object({ id: idSchema, name: z.string().max(128), riskRating: productRiskRatingSchema })).max(50),
  /** NAV series of the held and suggested products, keyed by product id; a product may have none. */
  navSeries: z.record(idSchema, z.array(z.tuple([isoDateSchema, z.number().positive()])).max(SNAPSHOT_LIMITS.navPoints)),
  notes: text,
  /** Only for the annual wealth report. */
  annual: z
    .object({
      year: z.number().int(),
      interactions: z
        .array(z.object({ occurredAt: isoDateTimeSchema, channel: channelSchema, theme: z.string().max(200).nullable(), isAllocationReview: z.boolean(), summary: text.nullable() }))
        .max(SNAPSHOT_LIMITS.interactions),
      cadence: cadenceResultSchema,
      nextYearPlan: text,
      survey: needsSurveySchema.nullable(),
    })
    .nullable(),
});
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;

/** The mandatory disclosures (glossary), on every report. */
export const DISCLOSURES = ['理财非存款、产品有风险、投资须谨慎。', '过往业绩不代表其未来表现。', '业绩比较基准不构成收益承诺。'] as const;

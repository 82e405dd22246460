import { z } from 'zod';
import { needsSurveySchema } from '../shared/api/reports';
import { cadenceResultSchema } from '../shared/api/cadence';
import { modelPortfolioSchema } from '../shared/domain/entities';
import { assetClassSchema, channelSchema, clientRiskLevelSchema, productLiquiditySchema, productRiskRatingSchema, reportKindSchema, tierSchema } from '../shared/domain/enums';
import { fenSchema, idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../shared/domain/primitives';
import { REPORT_NO_PATTERN } from './reportNumber';

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
   * judges every product with the assessment's validity and prints why it is or is not suitable,
   * prints the short `reportNo`, fits every cover, header and footer field to the page, and
   * watermarks each page with the client's name and the date instead of the advisor's id.
   */
  schema: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  reportId: idSchema,
  /**
   * Schema 3 (required there, see validate.ts): the short report number the cover and footer
   * print, given at generation and frozen here (reports/reportNumber.ts). Schemas 1 and 2 printed
   * `reportId`.
   */
  reportNo: z.string().regex(REPORT_NO_PATTERN).optional(),
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
        /** Schema 3: how the holding can be left (the product's, as the bank sent it; absent: productSchema's defaults). */
        liquidity: productLiquiditySchema.optional(),
        lockedUntil: isoDateSchema.optional(),
      }),
    )
    .max(SNAPSHOT_LIMITS.holdings),
  /** The bank's model for the client's risk level, or null when there is none (never assessed). */
  model: modelPortfolioSchema.nullable(),
  /** Products the model suggests, with their names and risk, for the rebalancing section. */
  suggestedProducts: z
    .array(
      z.object({
        id: idSchema,
        name: z.string().max(128),
        riskRating: productRiskRatingSchema,
        /**
         * Schema 3, which advises only moves that can be made: what buying it takes (productSchema;
         * absent: not on sale, no minimum, any whole fen).
         */
        onSale: z.boolean().optional(),
        minPurchaseFen: fenSchema.positive().optional(),
        stepFen: fenSchema.positive().optional(),
      }),
    )
    .max(50),
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
      /** The RM's own standing: printed by schemas 1 and 2 only; from schema 3 a client's report never shows it. */
      cadence: cadenceResultSchema,
      /** Schema 3: the reports handed to the client this year (what was done for them, in their terms). */
      reportsDelivered: z
        .array(z.object({ title: z.string().max(200), deliveredAt: isoDateTimeSchema }))
        .max(SNAPSHOT_LIMITS.interactions)
        .optional(),
      nextYearPlan: text,
      survey: needsSurveySchema.nullable(),
    })
    .nullable(),
});
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;

/** The mandatory disclosures (glossary), on every report. */
export const DISCLOSURES = ['理财非存款、产品有风险、投资须谨慎。', '过往业绩不代表其未来表现。', '业绩比较基准不构成收益承诺。'] as const;

import { z } from 'zod';
import { CLIENT_RISK_LEVELS, clientRiskLevelSchema, TIERS, tierSchema } from '../domain/enums';
import { idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../domain/primitives';
import { cadenceFilterSchema, cadenceStatusSchema } from './cadence';

export const ROSTER_SORT_FIELDS = ['name', 'aum', 'tier', 'riskLevel', 'assessmentExpiry', 'lastContact', 'nextDue', 'cadenceStatus'] as const;
export const rosterSortSchema = z.object({
  field: z.enum(ROSTER_SORT_FIELDS),
  order: z.enum(['asc', 'desc']),
});
export type RosterSort = z.infer<typeof rosterSortSchema>;

/** AUM bands as RMs speak of them (万 yuan): under 600万, 600万–3000万, 3000万–1亿, 1亿 and more. */
export const AUM_BANDS = ['under_6m', '6m_to_30m', '30m_to_100m', '100m_plus'] as const;
export type AumBand = (typeof AUM_BANDS)[number];
/** Lower bound (inclusive) and upper bound (exclusive) of each band, in fen. */
export const AUM_BAND_FEN: Record<AumBand, { min: number; max: number | null }> = {
  under_6m: { min: 0, max: 6_000_000_00 },
  '6m_to_30m': { min: 6_000_000_00, max: 30_000_000_00 },
  '30m_to_100m': { min: 30_000_000_00, max: 100_000_000_00 },
  '100m_plus': { min: 100_000_000_00, max: null },
};

/** `expired`: assessed more than 12 months ago (or never); `expiring`: expires within 30 days. */
export const ASSESSMENT_FILTERS = ['expired', 'expiring'] as const;

export const rosterFilterSchema = z
  .object({
    tiers: z.array(tierSchema).max(TIERS.length).optional(),
    riskLevels: z.array(clientRiskLevelSchema).max(CLIENT_RISK_LEVELS.length).optional(),
    aumBands: z.array(z.enum(AUM_BANDS)).max(AUM_BANDS.length).optional(),
    /** Clients carrying every one of these tags. */
    tags: z.array(z.string().min(1).max(32)).max(20).optional(),
    assessment: z.enum(ASSESSMENT_FILTERS).optional(),
    /** From the 12-4-2-1 dashboard: clients of a status, or behind / on pace / met on one measure. */
    cadence: cadenceFilterSchema.optional(),
  })
  .strict();
export type RosterFilter = z.infer<typeof rosterFilterSchema>;

export const MAX_ROSTER_PAGE = 500;

export const rosterPageInputSchema = z.object({
  offset: z.number().int().nonnegative().max(1_000_000),
  limit: z.number().int().min(1).max(MAX_ROSTER_PAGE),
  sort: rosterSortSchema.default({ field: 'aum', order: 'desc' }),
  filter: rosterFilterSchema.default({}),
});
export type RosterPageInput = z.input<typeof rosterPageInputSchema>;

export const rosterRowSchema = z.object({
  id: idSchema,
  customerNo: z.string(),
  name: z.string(),
  nameEn: z.string(),
  tier: tierSchema,
  aumFen: nonNegativeFenSchema,
  riskLevel: clientRiskLevelSchema.nullable(),
  riskAssessedAt: isoDateSchema.nullable(),
  /** 12 months after the assessment; null when never assessed. */
  assessmentExpiresAt: isoDateSchema.nullable(),
  tags: z.array(z.string()),
  /** The latest themed interaction, or null. */
  lastContactAt: isoDateTimeSchema.nullable(),
  /**
   * When the next themed contact is due under the monthly standard (12-4-2-1's "12"): the first
   * day of next month when this month already has one, else the last day of this month.
   */
  nextDueOn: isoDateSchema,
  /** 12-4-2-1 status for this year as of today. */
  cadenceStatus: cadenceStatusSchema,
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const rosterPageSchema = z.object({
  /** Clients matching the filter. */
  total: z.number().int().nonnegative(),
  rows: z.array(rosterRowSchema),
});
export type RosterPage = z.infer<typeof rosterPageSchema>;

/** Search as you type: Chinese name, full pinyin, initials, customer number, phone tail. */
export const MAX_SEARCH_QUERY = 100;
export const clientSearchInputSchema = z.object({
  query: z.string().max(MAX_SEARCH_QUERY),
  limit: z.number().int().min(1).max(50).default(10),
});

export const searchHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  nameEn: z.string(),
  customerNo: z.string(),
  tier: tierSchema,
  riskLevel: clientRiskLevelSchema.nullable(),
  aumFen: nonNegativeFenSchema,
  /** What matched, for the hint beside the hit. */
  matched: z.enum(['name', 'pinyin', 'initials', 'customerNo', 'phone']),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

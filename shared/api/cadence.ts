import { z } from 'zod';
import { clientRiskLevelSchema, tierSchema } from '../domain/enums';
import { idSchema, isoDateSchema, nonNegativeFenSchema } from '../domain/primitives';
import { STANDINGS } from '../cadence/standard';

/** The 12-4-2-1 measures, by the keys of CadenceResult. */
export const CADENCE_MEASURES = ['monthly', 'reviews', 'faceToFace', 'annualReport'] as const;
export type CadenceMeasure = (typeof CADENCE_MEASURES)[number];
export const CADENCE_STATUSES = ['complete', 'on_track', 'at_risk', 'behind', 'not_applicable'] as const;
export const cadenceStatusSchema = z.enum(CADENCE_STATUSES);
export const MONTH_STATES = ['done', 'missed', 'due', 'upcoming', 'not_applicable'] as const;

const progressSchema = z.object({ done: z.number().int().nonnegative(), target: z.number().int().nonnegative(), expected: z.number().int().nonnegative() });

export const cadenceResultSchema = z.object({
  status: cadenceStatusSchema,
  months: z.array(z.enum(MONTH_STATES)).length(12),
  monthly: progressSchema,
  reviews: progressSchema,
  faceToFace: progressSchema,
  annualReport: progressSchema,
});

/** Which year, as of which day (China time); defaults: this year, today. */
export const cadenceScopeSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    asOf: isoDateSchema.optional(),
  })
  .strict();
export type CadenceScope = z.infer<typeof cadenceScopeSchema>;

/** Per measure, how many clients have met the year's target, are on pace, or are behind. */
export const measureCountsSchema = z.object({
  met: z.number().int().nonnegative(),
  onPace: z.number().int().nonnegative(),
  behind: z.number().int().nonnegative(),
});

export const bookCadenceSchema = z.object({
  year: z.number().int(),
  asOf: isoDateSchema,
  clients: z.number().int().nonnegative(),
  byStatus: z.record(cadenceStatusSchema, z.number().int().nonnegative()),
  byMeasure: z.record(z.enum(CADENCE_MEASURES), measureCountsSchema),
  /** Per month (January first): clients for whom it applies, and how many had a themed contact. */
  coverage: z.array(z.object({ applicable: z.number().int().nonnegative(), done: z.number().int().nonnegative() })).length(12),
});
export type BookCadence = z.infer<typeof bookCadenceSchema>;

/**
 * What the roster can filter on from the dashboard: clients of a status, or whose standing on one
 * measure is met / on pace / behind, for a year as of a day.
 */
export const cadenceFilterSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    asOf: isoDateSchema,
    statuses: z.array(cadenceStatusSchema).max(CADENCE_STATUSES.length).optional(),
    measure: z.object({ name: z.enum(CADENCE_MEASURES), standing: z.enum(STANDINGS) }).optional(),
  })
  .strict();
export type CadenceFilter = z.infer<typeof cadenceFilterSchema>;

export const WORK_REASONS = ['month_due', 'review_expected', 'face_to_face_expected', 'annual_report_due'] as const;

export const workItemSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  nameEn: z.string(),
  tier: tierSchema,
  riskLevel: clientRiskLevelSchema.nullable(),
  aumFen: nonNegativeFenSchema,
  status: cadenceStatusSchema,
  /** What this month asks for this client. */
  reasons: z.array(z.enum(WORK_REASONS)).min(1),
  lastContactAt: z.string().nullable(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const worklistSchema = z.object({
  asOf: isoDateSchema,
  /** Working days left in the month, today included. */
  workingDaysLeft: z.number().int().nonnegative(),
  items: z.array(workItemSchema),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const PLAN_KINDS = ['contact', 'review', 'face_to_face_review', 'annual_report'] as const;

export const planInputSchema = cadenceScopeSchema
  .extend({
    /** Most appointments the plan puts on one working day. */
    dailyCap: z.number().int().min(1).max(20).default(4),
  })
  .strict();

export const planEntrySchema = z.object({
  clientId: idSchema,
  name: z.string(),
  date: isoDateSchema,
  kind: z.enum(PLAN_KINDS),
  /** The day already had `dailyCap` appointments: the month had no room left. */
  overCapacity: z.boolean(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const yearPlanSchema = z.object({
  year: z.number().int(),
  asOf: isoDateSchema,
  dailyCap: z.number().int(),
  entries: z.array(planEntrySchema),
});
export type YearPlan = z.infer<typeof yearPlanSchema>;

export const icsFileSchema = z.object({ filename: z.string(), content: z.string() });

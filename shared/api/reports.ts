import { z } from 'zod';
import { DELIVERY_CHANNELS } from '../domain/entities';
import { reportKindSchema } from '../domain/enums';
import { idSchema, isoDateTimeSchema } from '../domain/primitives';
import { apiErrorSchema } from './envelope';

/** The needs survey of the annual report (年度需求调研), filled in by the RM before generating. */
export const INVESTMENT_HORIZONS = ['under_1y', '1_3y', '3_5y', '5_10y', 'over_10y'] as const;
export const RISK_APPETITE_CHANGES = ['lower', 'unchanged', 'higher'] as const;
const surveyText = z.string().max(2000);
export const needsSurveySchema = z
  .object({
    goals: surveyText,
    horizon: z.enum(INVESTMENT_HORIZONS).nullable(),
    liquidityNeeds: surveyText,
    riskAppetiteChange: z.enum(RISK_APPETITE_CHANGES).nullable(),
    familyEvents: surveyText,
    enterpriseEvents: surveyText,
  })
  .strict();
export type NeedsSurvey = z.infer<typeof needsSurveySchema>;

/** The advisor's own words in a report; long notes are refused with LIMIT, never cut silently. */
export const REPORT_NOTES_MAX = 20_000;
/**
 * What a request may carry: past REPORT_NOTES_MAX, so that too long a text is answered by the
 * core with LIMIT and the lengths, rather than as a malformed request.
 */
const requestText = z.string().max(2_000_000).default('');

export const reportRequestSchema = z
  .object({
    clientId: idSchema,
    kind: reportKindSchema,
    notes: requestText,
    /** Annual report only: the plan for next year, and the needs survey. */
    nextYearPlan: requestText,
    survey: needsSurveySchema.nullable().default(null),
  })
  .strict();
export type ReportRequest = z.input<typeof reportRequestSchema>;

export const reportLineSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  kind: reportKindSchema,
  title: z.string(),
  createdAt: isoDateTimeSchema,
  pdfSha256: z.string(),
  pages: z.number().int().positive(),
  deliveredAt: isoDateTimeSchema.nullable(),
  deliveryChannel: z.enum(DELIVERY_CHANNELS).nullable(),
  /** Not yet accepted by the bank. */
  pending: z.boolean(),
});
export type ReportLine = z.infer<typeof reportLineSchema>;

/** A PDF for the renderer to preview, save or print: base64 over IPC and HTTP alike. */
export const pdfFileSchema = z.object({ filename: z.string(), base64: z.string(), sha256: z.string() });

export const deliverInputSchema = z.object({ id: idSchema, channel: z.enum(DELIVERY_CHANNELS) }).strict();

/** What happened to a report outside the core (the browser printed or saved it): for the audit log. */
export const reportActionInputSchema = z.object({ id: idSchema, action: z.enum(['printed', 'exported']) }).strict();

export const batchInputSchema = z
  .object({
    kind: reportKindSchema,
    /** Clients in the order to produce them (roster order), or every client whose annual report is due. */
    clients: z.union([z.array(idSchema).min(1).max(10_000), z.literal('annual_report_due')]),
    /** Also one PDF of all the reports in that order, for the branch printer's queue. */
    printQueue: z.boolean().default(false),
  })
  .strict();

export const batchStatusSchema = z.object({
  batchId: z.string(),
  state: z.enum(['running', 'done', 'cancelled']),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  failed: z.array(z.object({ clientId: idSchema, name: z.string(), error: apiErrorSchema })),
  /** Where the PDFs are written. */
  folder: z.string(),
  /** The merged print-queue PDF once made (when asked for), in the folder. */
  printQueue: z.string().nullable(),
});
export type BatchStatus = z.infer<typeof batchStatusSchema>;

import { z } from 'zod';
import { advisorSchema } from '../domain/entities';
import { clientRiskLevelSchema, tierSchema } from '../domain/enums';
import { idSchema, isoDateSchema, isoDateTimeSchema, nonNegativeFenSchema } from '../domain/primitives';
import { errorCodeSchema } from './envelope';

/** The desk's view of the signed-in advisor and how they signed in. */
export const sessionInfoSchema = z.object({
  advisor: advisorSchema,
  /** `offline`: unlocked against the local password hash because the bank was unreachable. */
  mode: z.enum(['online', 'offline']),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** Running against the built-in reference backend with generated demo data. */
  demoMode: z.boolean(),
  demoCredentials: z.object({ username: z.string(), password: z.string() }).nullable(),
  backendUrl: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const syncStatusSchema = z.object({
  state: z.enum(['idle', 'syncing', 'offline', 'error']),
  lastSyncAt: isoDateTimeSchema.nullable(),
  lastError: z.object({ code: errorCodeSchema, message: z.string() }).nullable(),
  /** Local changes not yet accepted by the bank. */
  pending: z.number().int().nonnegative(),
  /** Changes applied in the running pull, for a progress bar. */
  pulled: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const ROSTER_SORT_FIELDS = ['name', 'aum', 'tier', 'riskLevel'] as const;
export const rosterSortSchema = z.object({
  field: z.enum(ROSTER_SORT_FIELDS),
  order: z.enum(['asc', 'desc']),
});
export type RosterSort = z.infer<typeof rosterSortSchema>;

export const MAX_ROSTER_PAGE = 500;

export const rosterPageInputSchema = z.object({
  offset: z.number().int().nonnegative().max(1_000_000),
  limit: z.number().int().min(1).max(MAX_ROSTER_PAGE),
  sort: rosterSortSchema.default({ field: 'aum', order: 'desc' }),
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
  tags: z.array(z.string()),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const rosterPageSchema = z.object({
  total: z.number().int().nonnegative(),
  rows: z.array(rosterRowSchema),
});
export type RosterPage = z.infer<typeof rosterPageSchema>;

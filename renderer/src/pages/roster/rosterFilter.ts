import type { ASSESSMENT_FILTERS, CadenceFilter, RosterFilter } from '../../../../shared/api';
import { AUM_BANDS, CADENCE_STATUSES, rosterFilterSchema } from '../../../../shared/api';
import { CLIENT_RISK_LEVELS, TIERS } from '../../../../shared/domain';

export type AumBand = (typeof AUM_BANDS)[number];
export type AssessmentFilter = (typeof ASSESSMENT_FILTERS)[number];

/** The roster's choices as the filter bar holds them: every list present, `all` for no assessment filter. */
export interface RosterFilterValues {
  tiers: NonNullable<RosterFilter['tiers']>;
  riskLevels: NonNullable<RosterFilter['riskLevels']>;
  aumBands: AumBand[];
  tags: string[];
  assessment: AssessmentFilter | 'all';
}

/** In the contract's order, without duplicates. */
function ordered<T extends string>(values: readonly T[] | undefined, order: readonly T[]): T[] {
  const set = new Set(values ?? []);
  return order.filter((value) => set.has(value));
}

/**
 * A 12-4-2-1 filter as sent: statuses in contract order, keys in a fixed order; undefined when it
 * picks nothing (no status and no measure would be every client).
 */
export function normalizeCadenceFilter(filter: CadenceFilter | undefined): CadenceFilter | undefined {
  if (!filter) return undefined;
  const statuses = ordered(filter.statuses, CADENCE_STATUSES);
  if (statuses.length === 0 && !filter.measure) return undefined;
  const out: CadenceFilter = { year: filter.year, asOf: filter.asOf };
  if (statuses.length) out.statuses = statuses;
  if (filter.measure) out.measure = { name: filter.measure.name, standing: filter.measure.standing };
  return out;
}

/**
 * The filter as sent and cached: empty parts left out, lists in a fixed order (tags sorted), so
 * the same choice always makes the same cache key and the same saved value.
 */
export function normalizeRosterFilter(filter: RosterFilter): RosterFilter {
  const out: RosterFilter = {};
  const tiers = ordered(filter.tiers, TIERS);
  const riskLevels = ordered(filter.riskLevels, CLIENT_RISK_LEVELS);
  const aumBands = ordered(filter.aumBands, AUM_BANDS);
  const tags = [...new Set((filter.tags ?? []).map((tag) => tag.trim()).filter(Boolean))].sort();
  if (tiers.length) out.tiers = tiers;
  if (riskLevels.length) out.riskLevels = riskLevels;
  if (aumBands.length) out.aumBands = aumBands;
  if (tags.length) out.tags = tags;
  if (filter.assessment) out.assessment = filter.assessment;
  const cadence = normalizeCadenceFilter(filter.cadence);
  if (cadence) out.cadence = cadence;
  return out;
}

export function isRosterFilterEmpty(filter: RosterFilter): boolean {
  return Object.keys(normalizeRosterFilter(filter)).length === 0;
}

/** How many of the six filters are in use (for the clear button's hint). */
export function activeRosterFilterCount(filter: RosterFilter): number {
  return Object.keys(normalizeRosterFilter(filter)).length;
}

export function rosterFilterValues(filter: RosterFilter): RosterFilterValues {
  const normal = normalizeRosterFilter(filter);
  return {
    tiers: normal.tiers ?? [],
    riskLevels: normal.riskLevels ?? [],
    aumBands: normal.aumBands ?? [],
    tags: normal.tags ?? [],
    assessment: normal.assessment ?? 'all',
  };
}

/** One part of the filter bar changed: the filter to send (a 12-4-2-1 part is kept as it was). */
export function withRosterFilterValue<K extends keyof RosterFilterValues>(filter: RosterFilter, key: K, value: RosterFilterValues[K]): RosterFilter {
  const values: RosterFilterValues = { ...rosterFilterValues(filter), [key]: value };
  return normalizeRosterFilter({
    tiers: values.tiers,
    riskLevels: values.riskLevels,
    aumBands: values.aumBands,
    tags: values.tags,
    assessment: values.assessment === 'all' ? undefined : values.assessment,
    cadence: filter.cadence,
  });
}

/**
 * A filter read back from storage, which anyone could have edited: whatever the contract does
 * not accept is dropped part by part, so one stale tag does not cost the RM the rest. A 12-4-2-1
 * part is never read back: it holds a day, and the roster keeps its own status choice apart.
 */
export function sanitizeRosterFilter(raw: unknown): RosterFilter {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const shape = rosterFilterSchema.shape;
  const source = raw as Record<string, unknown>;
  const out: RosterFilter = {};
  const tiers = shape.tiers.safeParse(source.tiers);
  if (tiers.success && tiers.data) out.tiers = tiers.data;
  const riskLevels = shape.riskLevels.safeParse(source.riskLevels);
  if (riskLevels.success && riskLevels.data) out.riskLevels = riskLevels.data;
  const aumBands = shape.aumBands.safeParse(source.aumBands);
  if (aumBands.success && aumBands.data) out.aumBands = aumBands.data;
  const tags = shape.tags.safeParse(source.tags);
  if (tags.success && tags.data) out.tags = tags.data;
  const assessment = shape.assessment.safeParse(source.assessment);
  if (assessment.success && assessment.data) out.assessment = assessment.data;
  return normalizeRosterFilter(out);
}

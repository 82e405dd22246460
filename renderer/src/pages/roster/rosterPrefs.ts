import { z } from 'zod';
import type { RosterFilter, RosterSort } from '../../../../shared/api';
import { cadenceStatusSchema, CADENCE_STATUSES, rosterSortSchema } from '../../../../shared/api';
import type { CadenceStatus } from '../../components/cadence/cadenceLabels';
import { DEFAULT_ROSTER_SORT } from '../../store/endpoints/clients';
import { normalizeRosterFilter, sanitizeRosterFilter } from './rosterFilter';

/**
 * What the roster remembers across restarts, per advisor. The 12-4-2-1 status choice is kept as
 * statuses only: it is sent for this year as of the day it is used. A filter opened from the
 * dashboard (another year or day, a measure) is never saved.
 */
export interface RosterPrefs {
  sort: RosterSort;
  /** The filter bar's choices, without a 12-4-2-1 part. */
  filter: RosterFilter;
  cadenceStatuses: CadenceStatus[];
}

export const DEFAULT_ROSTER_PREFS: RosterPrefs = { sort: DEFAULT_ROSTER_SORT, filter: {}, cadenceStatuses: [] };

/** The part of `Storage` used here (declared here, so tests need no DOM types). */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_PREFIX = 'advisorDesk.roster.';
const VERSION = 1;
const savedStatusesSchema = z.array(cadenceStatusSchema).max(CADENCE_STATUSES.length);

/** One key per advisor, so a shared PC never shows one RM another's choices. */
export function rosterPrefsKey(advisorId: string): string {
  return `${STORAGE_PREFIX}${advisorId}`;
}

/** Statuses in contract order, each once. */
export function orderedCadenceStatuses(statuses: readonly CadenceStatus[]): CadenceStatus[] {
  const set = new Set(statuses);
  return CADENCE_STATUSES.filter((status) => set.has(status));
}

/**
 * The saved sort and filter, or the defaults. Storage may be missing, full, blocked or hold
 * anything at all: this never throws, and keeps whichever parts are still valid.
 */
export function loadRosterPrefs(storage: Pick<PrefsStorage, 'getItem'> | undefined, advisorId: string): RosterPrefs {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(rosterPrefsKey(advisorId));
  } catch {
    return DEFAULT_ROSTER_PREFS;
  }
  if (!raw) return DEFAULT_ROSTER_PREFS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_ROSTER_PREFS;
  }
  if (typeof parsed !== 'object' || parsed === null) return DEFAULT_ROSTER_PREFS;
  const saved = parsed as { v?: unknown; sort?: unknown; filter?: unknown; cadenceStatuses?: unknown };
  if (saved.v !== VERSION) return DEFAULT_ROSTER_PREFS;
  const sort = rosterSortSchema.safeParse(saved.sort);
  const statuses = savedStatusesSchema.safeParse(saved.cadenceStatuses);
  return {
    sort: sort.success ? sort.data : DEFAULT_ROSTER_SORT,
    filter: sanitizeRosterFilter(saved.filter),
    cadenceStatuses: statuses.success ? orderedCadenceStatuses(statuses.data) : [],
  };
}

export function saveRosterPrefs(storage: Pick<PrefsStorage, 'setItem'> | undefined, advisorId: string, prefs: RosterPrefs): void {
  const { cadence: _neverSaved, ...filter } = normalizeRosterFilter(prefs.filter);
  try {
    storage?.setItem(rosterPrefsKey(advisorId), JSON.stringify({ v: VERSION, sort: prefs.sort, filter, cadenceStatuses: orderedCadenceStatuses(prefs.cadenceStatuses) }));
  } catch {
    // Not persisted (storage full or blocked); the choice still holds until the app closes.
  }
}

/**
 * Before the dashboard opens the roster on a 12-4-2-1 filter: the roster's own filters are let go
 * (the sort stays), so it lists exactly the clients behind the figure clicked.
 */
export function clearRosterFilterPrefs(storage: PrefsStorage | undefined, advisorId: string): RosterPrefs {
  const prefs: RosterPrefs = { ...loadRosterPrefs(storage, advisorId), filter: {}, cadenceStatuses: [] };
  saveRosterPrefs(storage, advisorId, prefs);
  return prefs;
}

import type { RosterFilter, RosterSort } from '../../../../shared/api';
import { rosterSortSchema } from '../../../../shared/api';
import { DEFAULT_ROSTER_SORT } from '../../store/api';
import { normalizeRosterFilter, sanitizeRosterFilter } from './rosterFilter';

/** What the roster remembers across restarts, per advisor. */
export interface RosterPrefs {
  sort: RosterSort;
  filter: RosterFilter;
}

export const DEFAULT_ROSTER_PREFS: RosterPrefs = { sort: DEFAULT_ROSTER_SORT, filter: {} };

/** The part of `Storage` used here (declared here, so tests need no DOM types). */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_PREFIX = 'advisorDesk.roster.';
const VERSION = 1;

/** One key per advisor, so a shared PC never shows one RM another's choices. */
export function rosterPrefsKey(advisorId: string): string {
  return `${STORAGE_PREFIX}${advisorId}`;
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
  const saved = parsed as { v?: unknown; sort?: unknown; filter?: unknown };
  if (saved.v !== VERSION) return DEFAULT_ROSTER_PREFS;
  const sort = rosterSortSchema.safeParse(saved.sort);
  return { sort: sort.success ? sort.data : DEFAULT_ROSTER_SORT, filter: sanitizeRosterFilter(saved.filter) };
}

export function saveRosterPrefs(storage: Pick<PrefsStorage, 'setItem'> | undefined, advisorId: string, prefs: RosterPrefs): void {
  try {
    storage?.setItem(rosterPrefsKey(advisorId), JSON.stringify({ v: VERSION, sort: prefs.sort, filter: normalizeRosterFilter(prefs.filter) }));
  } catch {
    // Not persisted (storage full or blocked); the choice still holds until the app closes.
  }
}

import { useCallback, useState } from 'react';
import type { RosterFilter, RosterSort } from '../../../../shared/api';
import type { CadenceStatus } from '../../components/cadence/cadenceLabels';
import { browserStorage } from '../../hooks/browserStorage';
import { normalizeRosterFilter } from './rosterFilter';
import type { RosterPrefs } from './rosterPrefs';
import { clearRosterFilterPrefs, loadRosterPrefs, orderedCadenceStatuses, saveRosterPrefs } from './rosterPrefs';

/**
 * The roster's sort, filter and 12-4-2-1 status choice, read from localStorage once (its filters
 * let go first when `letFiltersGo`: the dashboard opened it) and saved on every change.
 */
export function useRosterPrefs(advisorId: string, letFiltersGo = false) {
  const [prefs, setPrefs] = useState<RosterPrefs>(() =>
    letFiltersGo ? clearRosterFilterPrefs(browserStorage(), advisorId) : loadRosterPrefs(browserStorage(), advisorId),
  );

  const update = useCallback(
    (change: (previous: RosterPrefs) => RosterPrefs) => {
      setPrefs((previous) => {
        const next = change(previous);
        saveRosterPrefs(browserStorage(), advisorId, next);
        return next;
      });
    },
    [advisorId],
  );

  const setSort = useCallback((sort: RosterSort) => update((previous) => ({ ...previous, sort })), [update]);
  const setFilter = useCallback(
    (filter: RosterFilter) =>
      update((previous) => {
        const { cadence: _kept, ...rest } = normalizeRosterFilter(filter);
        return { ...previous, filter: rest };
      }),
    [update],
  );
  const setCadenceStatuses = useCallback(
    (statuses: CadenceStatus[]) => update((previous) => ({ ...previous, cadenceStatuses: orderedCadenceStatuses(statuses) })),
    [update],
  );

  const clearFilters = useCallback(() => update((previous) => ({ ...previous, filter: {}, cadenceStatuses: [] })), [update]);

  return { sort: prefs.sort, filter: prefs.filter, cadenceStatuses: prefs.cadenceStatuses, setSort, setFilter, setCadenceStatuses, clearFilters };
}

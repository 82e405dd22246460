import { useCallback, useState } from 'react';
import type { RosterFilter, RosterSort } from '../../../../shared/api';
import { browserStorage } from '../../hooks/browserStorage';
import { normalizeRosterFilter } from './rosterFilter';
import type { RosterPrefs } from './rosterPrefs';
import { loadRosterPrefs, saveRosterPrefs } from './rosterPrefs';

/** The roster's sort and filter, read from localStorage once and saved on every change. */
export function useRosterPrefs(advisorId: string) {
  const [prefs, setPrefs] = useState<RosterPrefs>(() => loadRosterPrefs(browserStorage(), advisorId));

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
  const setFilter = useCallback((filter: RosterFilter) => update((previous) => ({ ...previous, filter: normalizeRosterFilter(filter) })), [update]);

  return { sort: prefs.sort, filter: prefs.filter, setSort, setFilter };
}

import { useCallback, useEffect, useMemo } from 'react';
import type { CadenceFilter, RosterFilter, RosterSort } from '../../../../shared/api';
import type { CadenceStatus } from '../../components/cadence/cadenceLabels';
import { useBankToday } from '../../hooks/useBankToday';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { rosterCadenceCleared, rosterCadenceTaken, selectRosterCadenceFromDashboard, selectRosterOwnFiltersToGo } from '../../store/rosterCadenceSlice';
import { effectiveRosterFilter } from './rosterCadence';
import { useRosterPrefs } from './useRosterPrefs';

export interface RosterFilters {
  sort: RosterSort;
  setSort: (sort: RosterSort) => void;
  /** What is sent to `clients.page` (normalised): the bar's choices and the 12-4-2-1 part. */
  filter: RosterFilter;
  /** The filter bar's own choices (saved), without the 12-4-2-1 part. */
  barFilter: RosterFilter;
  setBarFilter: (filter: RosterFilter) => void;
  /** The status Select's value: the roster's own choice, empty while the dashboard's filter holds. */
  cadenceStatuses: CadenceStatus[];
  /** Picking statuses in the roster replaces a filter from the dashboard. */
  chooseCadenceStatuses: (statuses: CadenceStatus[]) => void;
  /** The dashboard's filter, shown as a closable chip. */
  fromDashboard: CadenceFilter | null;
  closeDashboardCadence: () => void;
  clearAll: () => void;
}

/**
 * Everything the roster filters and sorts by: the saved choices (sort, filter bar, 12-4-2-1
 * statuses for this year as of today) and, in memory only, a filter the dashboard opened it with.
 */
export function useRosterFilters(advisorId: string): RosterFilters {
  const ownFiltersToGo = useAppSelector(selectRosterOwnFiltersToGo);
  const prefs = useRosterPrefs(advisorId, ownFiltersToGo);
  const { setCadenceStatuses, clearFilters } = prefs;
  const fromDashboard = useAppSelector(selectRosterCadenceFromDashboard);
  const dispatch = useAppDispatch();
  // Opened from the dashboard: the own filters went as the prefs were read (or go now, if open already).
  useEffect(() => {
    if (!ownFiltersToGo) return;
    clearFilters();
    dispatch(rosterCadenceTaken());
  }, [ownFiltersToGo, clearFilters, dispatch]);
  const today = useBankToday();

  const filter = useMemo(
    () => effectiveRosterFilter(prefs.filter, prefs.cadenceStatuses, fromDashboard, today),
    [prefs.filter, prefs.cadenceStatuses, fromDashboard, today],
  );
  const closeDashboardCadence = useCallback(() => dispatch(rosterCadenceCleared()), [dispatch]);
  const chooseCadenceStatuses = useCallback(
    (statuses: CadenceStatus[]) => {
      setCadenceStatuses(statuses);
      dispatch(rosterCadenceCleared());
    },
    [setCadenceStatuses, dispatch],
  );
  const clearAll = useCallback(() => {
    clearFilters();
    dispatch(rosterCadenceCleared());
  }, [clearFilters, dispatch]);

  return {
    sort: prefs.sort,
    setSort: prefs.setSort,
    filter,
    barFilter: prefs.filter,
    setBarFilter: prefs.setFilter,
    cadenceStatuses: fromDashboard ? [] : prefs.cadenceStatuses,
    chooseCadenceStatuses,
    fromDashboard,
    closeDashboardCadence,
    clearAll,
  };
}

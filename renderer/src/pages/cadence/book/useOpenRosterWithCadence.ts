import { useCallback } from 'react';
import type { CadenceFilter } from '../../../../../shared/api';
import { navigate } from '../../../app/routes';
import { browserStorage } from '../../../hooks/browserStorage';
import { useAppDispatch, useAppSelector } from '../../../store/hooks';
import { rosterCadenceFiltered } from '../../../store/rosterCadenceSlice';
import { selectAdvisor } from '../../../store/sessionSlice';
import { clearRosterFilterPrefs } from '../../roster/rosterPrefs';

/**
 * Opens the roster on the clients behind a dashboard figure: the roster's own filters are let go
 * and the 12-4-2-1 filter is set in memory (a chip there; never saved).
 */
export function useOpenRosterWithCadence(): (filter: CadenceFilter) => void {
  const dispatch = useAppDispatch();
  const advisorId = useAppSelector(selectAdvisor)?.id;
  return useCallback(
    (filter: CadenceFilter) => {
      if (advisorId) clearRosterFilterPrefs(browserStorage(), advisorId);
      dispatch(rosterCadenceFiltered(filter));
      navigate('roster');
    },
    [dispatch, advisorId],
  );
}

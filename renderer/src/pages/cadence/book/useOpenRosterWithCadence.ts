import { useCallback } from 'react';
import type { CadenceFilter } from '../../../../../shared/api';
import { navigate } from '../../../navigation/routes';
import { useAppDispatch } from '../../../store/hooks';
import { rosterCadenceFiltered } from '../../../store/rosterCadenceSlice';

/**
 * Opens the roster on the clients behind a dashboard figure: the 12-4-2-1 filter is set in memory
 * (a chip there; never saved), and the roster lets its own filters go when it opens.
 */
export function useOpenRosterWithCadence(): (filter: CadenceFilter) => void {
  const dispatch = useAppDispatch();
  return useCallback(
    (filter: CadenceFilter) => {
      dispatch(rosterCadenceFiltered(filter));
      navigate('roster');
    },
    [dispatch],
  );
}

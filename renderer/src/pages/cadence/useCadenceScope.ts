import { useCallback, useMemo } from 'react';
import { useBankToday } from '../../hooks/useBankToday';
import type { CadenceScopeChoice } from '../../store/cadenceScopeSlice';
import { cadenceScopeChosen, selectCadenceScopeChoice } from '../../store/cadenceScopeSlice';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { defaultAsOf, isTodayScope } from './cadenceScope';

/**
 * The dashboard's year and as-of day: the RM's choice (kept in the store for the way back from
 * the roster), else this year as of today. Choosing a past year looks at it as of 31 December.
 */
export function useCadenceScope() {
  const today = useBankToday();
  const chosen = useAppSelector(selectCadenceScopeChoice);
  const dispatch = useAppDispatch();
  const scope = useMemo<CadenceScopeChoice>(() => chosen ?? { year: today.year, asOf: today.date }, [chosen, today]);

  const choose = useCallback(
    (next: CadenceScopeChoice) => dispatch(cadenceScopeChosen(isTodayScope(next, today) ? null : next)),
    [dispatch, today],
  );
  const setYear = useCallback((year: number) => choose({ year, asOf: defaultAsOf(year, today) }), [choose, today]);
  const setAsOf = useCallback((asOf: string) => choose({ year: scope.year, asOf }), [choose, scope.year]);
  const reset = useCallback(() => dispatch(cadenceScopeChosen(null)), [dispatch]);

  return { scope, today, isToday: isTodayScope(scope, today), setYear, setAsOf, reset };
}

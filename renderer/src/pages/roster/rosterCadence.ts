import type { CadenceFilter, RosterFilter } from '../../../../shared/api';
import type { CadenceStatus } from '../../components/cadence/cadenceLabels';
import type { BankToday } from '../../hooks/bankToday';
import { normalizeCadenceFilter, normalizeRosterFilter } from './rosterFilter';

/**
 * The roster's 12-4-2-1 filter: the dashboard's (year, day, statuses or a measure) while its chip
 * is open, else the roster's own status choice for this year as of today; undefined for none.
 */
export function rosterCadenceFilter(ownStatuses: readonly CadenceStatus[], fromDashboard: CadenceFilter | null, today: BankToday): CadenceFilter | undefined {
  if (fromDashboard) return normalizeCadenceFilter(fromDashboard);
  return normalizeCadenceFilter({ year: today.year, asOf: today.date, statuses: [...ownStatuses] });
}

/** The filter sent to `clients.page`: the filter bar's choices plus the 12-4-2-1 part, normalised. */
export function effectiveRosterFilter(filter: RosterFilter, ownStatuses: readonly CadenceStatus[], fromDashboard: CadenceFilter | null, today: BankToday): RosterFilter {
  const { cadence: _ignored, ...rest } = filter;
  return normalizeRosterFilter({ ...rest, cadence: rosterCadenceFilter(ownStatuses, fromDashboard, today) });
}

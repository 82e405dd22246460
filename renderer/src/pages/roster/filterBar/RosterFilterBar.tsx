import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUM_BANDS, CADENCE_STATUSES } from '../../../../../shared/api';
import { CLIENT_RISK_LEVELS, TIERS } from '../../../../../shared/domain';
import type { RosterFilterValues } from '../rosterFilter';
import { activeRosterFilterCount, rosterFilterValues, withRosterFilterValue } from '../rosterFilter';
import type { RosterFilters } from '../useRosterFilters';
import { AssessmentFilterSwitch } from './AssessmentFilterSwitch';
import { CadenceFilterChip } from './CadenceFilterChip';
import { MultiSelectFilter } from './MultiSelectFilter';
import { useRosterTagOptions } from './useRosterTagOptions';

/**
 * Above the roster: tier, risk level, AUM band, tags, assessment, 12-4-2-1 status, the chip of a
 * filter the dashboard opened the roster with, and a button to clear them all.
 */
export function RosterFilterBar({ filters }: { filters: RosterFilters }) {
  const { t } = useTranslation();
  const { barFilter, setBarFilter } = filters;
  const values = rosterFilterValues(barFilter);
  const tags = useRosterTagOptions(values.tags);
  const active = activeRosterFilterCount(filters.filter);
  const set =
    <K extends keyof RosterFilterValues>(key: K) =>
    (value: RosterFilterValues[K]) =>
      setBarFilter(withRosterFilterValue(barFilter, key, value));

  return (
    <Flex role="search" aria-label={t('rosterFilter.label')} align="center" gap={8} wrap>
      <MultiSelectFilter
        testId="roster-filter-tier"
        label={t('rosterFilter.tier')}
        options={TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
        value={values.tiers}
        onChange={set('tiers')}
      />
      <MultiSelectFilter
        testId="roster-filter-risk"
        label={t('rosterFilter.risk')}
        options={CLIENT_RISK_LEVELS.map((level) => ({ value: level, label: `${level} ${t(`riskLevel.${level}`)}` }))}
        value={values.riskLevels}
        onChange={set('riskLevels')}
        width={170}
      />
      <MultiSelectFilter
        testId="roster-filter-aum"
        label={t('rosterFilter.aum')}
        options={AUM_BANDS.map((band) => ({ value: band, label: t(`aumBand.${band}`) }))}
        value={values.aumBands}
        onChange={set('aumBands')}
      />
      <MultiSelectFilter testId="roster-filter-tags" label={t('rosterFilter.tags')} options={tags.options} value={values.tags} onChange={set('tags')} loading={tags.loading} />
      <AssessmentFilterSwitch value={values.assessment} onChange={set('assessment')} />
      <MultiSelectFilter
        testId="roster-filter-cadence"
        label={t('rosterFilter.cadence')}
        options={CADENCE_STATUSES.map((status) => ({ value: status, label: t(`cadence.status.${status}`) }))}
        value={filters.cadenceStatuses}
        onChange={filters.chooseCadenceStatuses}
        width={170}
      />
      {filters.fromDashboard && <CadenceFilterChip filter={filters.fromDashboard} onClose={filters.closeDashboardCadence} />}
      <Button data-testid="roster-filter-clear" icon={<ClearOutlined />} disabled={active === 0} onClick={filters.clearAll}>
        {active > 0 ? t('rosterFilter.clearCount', { count: active }) : t('rosterFilter.clear')}
      </Button>
    </Flex>
  );
}

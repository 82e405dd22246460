import type { TFunction } from 'i18next';
import type { CadenceFilter } from '../../../../../shared/api';

/** The chip's words for a filter from the dashboard: "2025 年 · 截至 2025-12-31 · 资产配置检视 落后". */
export function cadenceFilterText(filter: CadenceFilter, t: TFunction): string {
  const parts = [t('cadenceFilter.year', { year: filter.year }), t('cadenceFilter.asOf', { date: filter.asOf })];
  if (filter.statuses?.length) parts.push(filter.statuses.map((status) => t(`cadence.status.${status}`)).join(t('common.listSeparator')));
  if (filter.measure) {
    parts.push(t('cadenceFilter.measure', { measure: t(`cadence.measure.${filter.measure.name}`), standing: t(`cadence.standing.${filter.measure.standing}`) }));
  }
  return parts.join(' · ');
}

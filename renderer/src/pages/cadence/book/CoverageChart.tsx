import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MONTH_KEYS } from '../../../components/cadence/cadenceLabels';
import { EChart } from '../../../components/charts/EChart';
import type { Coverage } from './coverageOption';
import { coverageOption } from './coverageOption';

const CHART_HEIGHT = 260;

/**
 * Monthly coverage across the book (ECharts bars: done over applicable). The host's figures are
 * on the element as `data-coverage` (JSON, January first) and in its accessible label.
 */
export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const months = useMemo(() => MONTH_KEYS.map((key) => t(`month.${key}`)), [t]);
  const option = useMemo(
    () =>
      coverageOption(coverage, {
        months,
        applicable: t('cadence.coverage.applicable'),
        done: t('cadence.coverage.done'),
        tooltip: (month, done, applicable, percent) => t('cadence.coverage.tooltip', { month, done, applicable, percent }),
      }),
    [coverage, months, t],
  );
  const description = coverage
    .map((month, index) => t('cadence.coverage.labelMonth', { month: months[index] ?? '', done: month.done, applicable: month.applicable }))
    .join(t('common.listSeparator'));
  return (
    <EChart
      data-testid="cadence-coverage"
      data-coverage={JSON.stringify(coverage)}
      role="img"
      aria-label={t('cadence.coverage.label', { months: description })}
      option={option}
      style={{ width: '100%', height: CHART_HEIGHT }}
    />
  );
}

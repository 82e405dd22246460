import type { BookCadence } from '../../../../../shared/api';
import type { ChartOption } from '../../../components/charts/echarts';
import { formatPercent } from '../../../../../shared/format/percent';

export type Coverage = BookCadence['coverage'];

export interface CoverageLabels {
  /** Month names, January first. */
  months: string[];
  applicable: string;
  done: string;
  tooltip: (month: string, done: number, applicable: number, percent: string) => string;
}

const APPLICABLE_COLOR = '#d6e4f5';
const DONE_COLOR = '#1d4f91';

/**
 * Monthly coverage as bars: clients the month applies to, with those who had a themed contact
 * drawn over them (same slot), so the unfilled part is who was not reached.
 */
export function coverageOption(coverage: Coverage, labels: CoverageLabels): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.applicable, labels.done] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const index = first?.dataIndex ?? -1;
        const month = coverage[index];
        if (!month) return '';
        const percent = formatPercent(month.applicable > 0 ? month.done / month.applicable : null);
        return labels.tooltip(labels.months[index] ?? '', month.done, month.applicable, percent);
      },
    },
    xAxis: { type: 'category', data: labels.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.applicable, type: 'bar', data: coverage.map((month) => month.applicable), itemStyle: { color: APPLICABLE_COLOR }, barGap: '-100%', barMaxWidth: 36, z: 1 },
      { name: labels.done, type: 'bar', data: coverage.map((month) => month.done), itemStyle: { color: DONE_COLOR }, barGap: '-100%', barMaxWidth: 36, z: 2 },
    ],
  };
}

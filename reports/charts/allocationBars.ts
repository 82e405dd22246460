import type { ClassLine } from '../../shared/allocation';
import { ASSET_CLASS_COLORS } from '../../shared/theme/palette';
import { ASSET_CLASS_LABELS } from '../text/labels';
import { formatPercent } from '../../shared/format/percent';
import { chartSvg } from './svg';

const TARGET_COLOR = '#c9d3e0';
const BREACH_COLOR = '#c0392b';

/**
 * Current against target weight per asset class, as paired horizontal bars. A class outside its
 * tolerance band has its figure in red, so the breach reads off the chart as well as the table.
 */
export function allocationBarsSvg(lines: readonly ClassLine[], width: number, height: number): string {
  const ordered = [...lines].reverse(); // ECharts draws the first category at the bottom
  return chartSvg(
    {
      legend: { top: 0, right: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 10, color: '#4b5563' } },
      grid: { left: 72, right: 56, top: 24, bottom: 8 },
      xAxis: { type: 'value', max: 1, show: false },
      yAxis: { type: 'category', data: ordered.map((l) => ASSET_CLASS_LABELS[l.assetClass]), axisTick: { show: false }, axisLine: { lineStyle: { color: '#d1d5db' } }, axisLabel: { fontSize: 10, color: '#374151' } },
      series: [
        {
          name: '当前占比',
          type: 'bar',
          barWidth: 9,
          itemStyle: { color: '#5b8ff9' },
          data: ordered.map((l) => ({
            value: l.current,
            itemStyle: { color: ASSET_CLASS_COLORS[l.assetClass] },
            label: { show: true, position: 'right', fontSize: 9, formatter: formatPercent(l.current), color: l.breach ? BREACH_COLOR : '#374151', fontWeight: l.breach ? 'bold' : 'normal' },
          })),
        },
        {
          name: '目标占比',
          type: 'bar',
          barWidth: 9,
          itemStyle: { color: TARGET_COLOR },
          data: ordered.map((l) => ({ value: l.target, label: { show: true, position: 'right', fontSize: 9, formatter: formatPercent(l.target), color: '#6b7280' } })),
        },
      ],
    },
    width,
    height,
  );
}

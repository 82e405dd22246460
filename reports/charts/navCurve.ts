import type { NavPoint } from '../../shared/allocation';
import { BRAND_PRIMARY } from '../../shared/theme/palette';
import { thin } from '../model/curve';
import { chartSvg } from './svg';

/** Enough points for a smooth line at print size; more only bloat the PDF. */
const MAX_POINTS = 300;

/** The portfolio's net-value curve over the period (1.0 at its start), as a line over a light area. */
export function navCurveSvg(curve: readonly NavPoint[], width: number, height: number): string {
  const points = thin(curve, MAX_POINTS);
  const values = points.map((p) => p[1]);
  const low = Math.min(...values, 1);
  const high = Math.max(...values, 1);
  const pad = Math.max((high - low) * 0.1, 0.01);
  return chartSvg(
    {
      grid: { left: 44, right: 16, top: 12, bottom: 24 },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: points.map((p) => p[0]),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#d1d5db' } },
        axisLabel: { fontSize: 9, color: '#6b7280', interval: Math.max(0, Math.floor(points.length / 5) - 1) },
      },
      yAxis: {
        type: 'value',
        min: Math.floor((low - pad) * 100) / 100,
        max: Math.ceil((high + pad) * 100) / 100,
        splitNumber: 4,
        axisLabel: { fontSize: 9, color: '#6b7280', formatter: (value: number) => value.toFixed(2) },
        splitLine: { lineStyle: { color: '#eef1f5' } },
      },
      series: [
        {
          type: 'line',
          data: values,
          showSymbol: false,
          lineStyle: { color: BRAND_PRIMARY, width: 1.6 },
          areaStyle: { color: 'rgba(29, 79, 145, 0.08)' },
        },
      ],
    },
    width,
    height,
  );
}

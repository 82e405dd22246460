import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, PieChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import * as echartsCore from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * The parts of ECharts the desk uses, and nothing else, so the bundle carries only these.
 * Add a chart or component here (and to ChartOption) when a view needs it. This module is loaded
 * on demand by `EChart` (its own chunk), so pages without a chart never load ECharts.
 */
echartsCore.use([PieChart, BarChart, TooltipComponent, GridComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<PieSeriesOption | BarSeriesOption | TooltipComponentOption | GridComponentOption | LegendComponentOption>;

/** A chart on `element`, with the parts above registered (importing this module registers them). */
export function initChart(element: HTMLElement): EChartsType {
  return echartsCore.init(element, undefined, { renderer: 'canvas' });
}

import type { PieSeriesOption } from 'echarts/charts';
import { PieChart } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { TooltipComponent } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import * as echartsCore from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * The parts of ECharts the desk uses, and nothing else, so the bundle carries only these.
 * Add a chart or component here (and to ChartOption) when a view needs it.
 */
echartsCore.use([PieChart, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<PieSeriesOption | TooltipComponentOption>;

/** A chart on `element`, with the parts above registered (importing this module registers them). */
export function initChart(element: HTMLElement): EChartsType {
  return echartsCore.init(element, undefined, { renderer: 'canvas' });
}

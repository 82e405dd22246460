import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { REPORT_FONT } from '../fonts';

/* Only the parts of ECharts the reports draw, rendered to SVG strings on the server side. */
echarts.use([PieChart, BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export type ReportChartOption = ComposeOption<PieSeriesOption | BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption>;

/**
 * One chart as an SVG document, for pdfmake's `svg` node. Text is set in the report's embedded
 * font by family name: pdfmake maps SVG font families to its registered fonts, and any other
 * family (ECharts' default sans-serif) would fall back to one without CJK glyphs. No animation,
 * so the SVG is the final frame; the instance is disposed at once (no timers, no leak per report).
 */
export function chartSvg(option: ReportChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: REPORT_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

import type { EChartsType } from 'echarts/core';
import type { CSSProperties, HTMLAttributes } from 'react';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './echarts';
import { initChart } from './echarts';

interface EChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  option: ChartOption;
  style?: CSSProperties;
}

/**
 * An ECharts chart as a React component: created on mount, given `option` whenever it changes
 * (replacing the previous one), resized with its box, disposed on unmount. Extra props (test
 * ids, aria) go to the chart's element.
 */
export function EChart({ option, style, ...rest }: EChartProps) {
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return undefined;
    const chart = initChart(element);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={elementRef} style={style} {...rest} />;
}

import type { EChartsType } from 'echarts/core';
import type { CSSProperties, HTMLAttributes } from 'react';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './echarts';

interface EChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  option: ChartOption;
  style?: CSSProperties;
}

/**
 * An ECharts chart as a React component: ECharts is loaded on first use (its own chunk), the
 * chart created on mount, given `option` whenever it changes (replacing the previous one),
 * resized with its box, disposed on unmount. Extra props (test ids, data, aria) go to the
 * chart's element, which is there from the first render.
 */
export function EChart({ option, style, ...rest }: EChartProps) {
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return undefined;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./echarts')
      .then(({ initChart }) => {
        if (disposed) return;
        const chart = initChart(element);
        chartRef.current = chart;
        chart.setOption(optionRef.current, { notMerge: true });
        observer = new ResizeObserver(() => chart.resize());
        observer.observe(element);
      })
      .catch(() => {
        // The chart stays blank; its figures are in the element's text and attributes too.
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    optionRef.current = option;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={elementRef} style={style} {...rest} />;
}

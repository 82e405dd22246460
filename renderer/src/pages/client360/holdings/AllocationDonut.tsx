import { Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../../shared/api';
import { formatWan } from '../../../../../shared/format';
import { EChart } from '../../../components/charts/EChart';
import type { ChartOption } from '../../../components/charts/echarts';
import { formatPercent } from '../../../../../shared/format/percent';
import { useLanguage } from '../../../hooks/useLanguage';
import { AllocationLegend } from './AllocationLegend';
import { ASSET_CLASS_COLORS, drawnSlices, sliceData } from './allocationSlices';

const DONUT_SIZE = 200;

/**
 * Allocation by asset class as a donut (ECharts pie), with a legend in words. The host's slices
 * are on the chart element as `data-slices` (`[{ assetClass, weight }]`, 4 decimals) for tests.
 */
export function AllocationDonut({ allocation }: { allocation: Client360['allocation'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const drawn = useMemo(() => drawnSlices(allocation), [allocation]);
  const slicesJson = useMemo(() => JSON.stringify(sliceData(allocation)), [allocation]);

  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const index = Array.isArray(params) ? -1 : params.dataIndex;
          const slice = drawn[index];
          if (!slice) return '';
          return `${t(`assetClass.${slice.assetClass}`)}<br/>${formatWan(slice.marketValueFen, language)} · ${formatPercent(slice.weight)}`;
        },
      },
      series: [
        {
          type: 'pie',
          radius: ['55%', '80%'],
          label: { show: false },
          labelLine: { show: false },
          data: drawn.map((slice) => ({
            name: t(`assetClass.${slice.assetClass}`),
            value: slice.marketValueFen,
            itemStyle: { color: ASSET_CLASS_COLORS[slice.assetClass] },
          })),
        },
      ],
    }),
    [drawn, t, language],
  );

  const description = drawn.map((slice) => `${t(`assetClass.${slice.assetClass}`)} ${formatPercent(slice.weight)}`).join(t('common.listSeparator'));
  return (
    <Flex align="center" gap={24} wrap>
      <EChart
        data-testid="holdings-donut"
        data-slices={slicesJson}
        role="img"
        aria-label={t('holdings.donutLabel', { slices: description })}
        option={option}
        style={{ width: DONUT_SIZE, height: DONUT_SIZE }}
      />
      <AllocationLegend slices={drawn} />
    </Flex>
  );
}

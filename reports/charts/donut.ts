import type { ClassLine } from '../../shared/allocation';
import { formatWan } from '../../shared/format/money';
import { ASSET_CLASS_COLORS } from '../../shared/theme/palette';
import { REPORT_FONT } from '../fonts';
import { ASSET_CLASS_LABELS } from '../text/labels';
import { chartSvg } from './svg';

/** The current allocation as a donut in the UI's asset-class colours, the total in its hole. */
export function allocationDonutSvg(lines: readonly ClassLine[], totalFen: number, size: number): string {
  const drawn = lines.filter((line) => line.valueFen > 0);
  return chartSvg(
    {
      title: {
        text: formatWan(totalFen),
        subtext: '总资产',
        left: 'center',
        top: 'middle',
        itemGap: 4,
        textStyle: { fontFamily: REPORT_FONT, fontSize: 15, fontWeight: 'bold', color: '#1f2937' },
        subtextStyle: { fontFamily: REPORT_FONT, fontSize: 10, color: '#6b7280' },
      },
      series: [
        {
          type: 'pie',
          radius: ['58%', '88%'],
          label: { show: false },
          labelLine: { show: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
          data: drawn.map((line) => ({ name: ASSET_CLASS_LABELS[line.assetClass], value: line.valueFen, itemStyle: { color: ASSET_CLASS_COLORS[line.assetClass] } })),
        },
      ],
    },
    size,
    size,
  );
}

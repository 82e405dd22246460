import type { Content } from './pdfTypes';
import type { ClassLine } from '../../shared/allocation';
import { formatYuanExact } from '../../shared/format/money';
import { ASSET_CLASS_COLORS } from '../../shared/theme/palette';
import { allocationBarsSvg } from '../charts/allocationBars';
import { allocationDonutSvg } from '../charts/donut';
import { ASSET_CLASS_LABELS } from '../text/labels';
import { formatPercent, formatSignedPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { chart, dataTable, flag, note, sectionTitle, swatch } from './blocks';
import type { SectionContext } from './context';

const BREACH_LABEL = { above: '超出上限', below: '低于下限' } as const;

/** Current allocation (donut), current against target (bars), and the table of drift and band breaches. */
export function allocation({ snapshot, figures, charts }: SectionContext, number: number): Content[] {
  const { lines, totalFen } = figures;
  return [
    sectionTitle('allocation', number, '资产配置'),
    snapshot.model ? note(`对照模型组合：${printable(snapshot.model.name)}（${snapshot.model.riskLevel}，第 ${snapshot.model.version} 版）`) : note('暂无对照的模型组合：目标占比与容忍区间不适用。'),
    {
      columns: [chart(charts, () => allocationDonutSvg(lines, totalFen, 170), 170, 170), chart(charts, () => allocationBarsSvg(lines, 320, 170), 320, 170)],
      columnGap: 9,
      margin: [0, 0, 0, 8],
    },
    dataTable(
      ['资产类别', '市值（元）', '当前占比', '目标占比', '容忍区间', '偏离', '状态'],
      lines.map((line) => row(line, snapshot.model !== null)),
      ['*', 88, 52, 52, 70, 50, 52],
      ['left', 'right', 'right', 'right', 'center', 'right', 'center'],
    ),
  ];
}

function row(line: ClassLine, hasModel: boolean) {
  return [
    { columns: [swatch(ASSET_CLASS_COLORS[line.assetClass]), { text: ASSET_CLASS_LABELS[line.assetClass], style: 'cell' }] },
    formatYuanExact(line.valueFen),
    formatPercent(line.current),
    hasModel ? formatPercent(line.target) : '—',
    hasModel ? `${formatPercent(line.min)} – ${formatPercent(line.max)}` : '—',
    hasModel ? formatSignedPercent(line.drift) : '—',
    !hasModel ? '—' : line.breach ? flag(BREACH_LABEL[line.breach]) : { text: '区间内', color: '#2e7d32' },
  ];
}

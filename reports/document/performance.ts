import type { Content } from './pdfTypes';
import { INTERVALS } from '../../shared/allocation';
import type { Interval } from '../../shared/allocation';
import { navCurveSvg } from '../charts/navCurve';
import { formatSignedPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { chart, dataTable, note, sectionTitle } from './blocks';
import type { SectionContext } from './context';

const INTERVAL_LABELS: Record<Interval, string> = { '1M': '近1月', '3M': '近3月', YTD: '今年以来', '1Y': '近1年' };
/** Products listed with their own returns; the rest are in the holdings table. */
const PRODUCTS_LISTED = 15;

/** The portfolio's net-value curve over the period, its interval returns, and those of the largest products. */
export function performance({ snapshot, figures, charts }: SectionContext, number: number): Content[] {
  const curve: Content[] =
    figures.curve.length > 1
      ? [{ text: `组合净值走势（${snapshot.periodFrom} 至 ${snapshot.periodTo}，期初 = 1.00）`, style: 'subTitle' }, chart(charts, () => navCurveSvg(figures.curve, 499, 170), 499, 170)]
      : [note('报告期内持仓产品暂无净值数据，无法绘制组合净值走势。')];
  const listed = figures.productReturns.slice(0, PRODUCTS_LISTED);
  const returnCells = (returns: Record<Interval, number | null>) => INTERVALS.map((i) => formatSignedPercent(returns[i]));
  return [
    sectionTitle('performance', number, '业绩表现'),
    ...curve,
    { text: '区间收益率', style: 'subTitle' },
    dataTable(
      ['', ...INTERVALS.map((i) => INTERVAL_LABELS[i])],
      [
        [{ text: '投资组合（按当前持仓加权）', bold: true }, ...returnCells(figures.returns).map((text) => ({ text, bold: true }))],
        ...listed.map((p) => [printable(p.productName), ...returnCells(p.returns)]),
      ],
      ['*', 62, 62, 62, 62],
      ['left', 'right', 'right', 'right', 'right'],
    ),
    note(
      `区间收益率按产品净值计算，“—”表示产品成立时间不足或暂无净值数据。${figures.productReturns.length > PRODUCTS_LISTED ? `此处列示市值最大的 ${PRODUCTS_LISTED} 只产品，其余见持仓明细。` : ''}过往业绩不代表其未来表现。`,
    ),
  ];
}

import type { Content } from './pdfTypes';
import { formatYuanExact } from '../../shared/format/money';
import { ASSET_CLASS_LABELS, PRODUCT_RISK_LABELS } from '../text/labels';
import { formatPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { dataTable, note, sectionTitle } from './blocks';
import type { SectionContext } from './context';
import { verdictCell, verdictWidth } from './verdicts';

/**
 * What reaches the model's target: buy or sell per asset class, in whole fen that sum to zero
 * (the 合计 row shows it), then the model's product for each class to buy, with its suitability
 * for the client ("符合", or why it may not be recommended).
 */
export function rebalancing({ snapshot, figures }: SectionContext, number: number): Content[] {
  if (!snapshot.model || figures.totalFen === 0) {
    return [sectionTitle('rebalancing', number, '调整建议'), note(snapshot.model ? '暂无持仓，无需调整。' : '暂无对照的模型组合，本报告不提供调整建议。请先完成风险承受能力评估。')];
  }
  const moves = figures.lines.filter((l) => l.rebalanceFen !== 0);
  const net = figures.lines.reduce((sum, l) => sum + l.rebalanceFen, 0);
  return [
    sectionTitle('rebalancing', number, '调整建议'),
    dataTable(
      ['资产类别', '当前占比', '目标占比', '操作', '金额（元）'],
      [
        ...moves.map((l) => [ASSET_CLASS_LABELS[l.assetClass], formatPercent(l.current), formatPercent(l.target), l.rebalanceFen > 0 ? '增配' : '减配', formatYuanExact(l.rebalanceFen)]),
        [{ text: '合计', bold: true }, '', '', '', { text: formatYuanExact(net), bold: true }],
      ],
      ['*', 70, 70, 60, 100],
      ['left', 'right', 'right', 'center', 'right'],
    ),
    figures.suggestions.length > 0 ? { text: '建议产品', style: 'subTitle' } : '',
    figures.suggestions.length > 0
      ? dataTable(
          ['资产类别', '产品名称', '风险等级', '建议金额（元）', '适当性'],
          figures.suggestions.map((s) => [
            ASSET_CLASS_LABELS[s.assetClass],
            printable(s.productName),
            `${s.riskRating} ${PRODUCT_RISK_LABELS[s.riskRating]}`,
            formatYuanExact(s.amountFen),
            verdictCell(snapshot.schema, s.suitability, 'suggestion'),
          ]),
          [64, '*', 54, 96, verdictWidth(snapshot.schema, 96)],
          ['left', 'left', 'center', 'right', 'center'],
        )
      : '',
    note('调整金额按当前市值计算，实际交易以产品申赎规则及届时净值为准；调整建议需经您确认后方可执行。'),
  ];
}

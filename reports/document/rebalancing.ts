import type { Content, TableCell } from './pdfTypes';
import { formatYuanExact } from '../../shared/format/money';
import type { ClassPlan, RebalancePlan } from '../../shared/allocation';
import { CONCENTRATION_LIMIT } from '../../shared/allocation';
import { ASSET_CLASS_LABELS, PRODUCT_RISK_LABELS } from '../text/labels';
import { formatPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { dataTable, flag, note, sectionTitle } from './blocks';
import type { SectionContext } from './context';
import { verdictCell, verdictWidth } from './verdicts';

/**
 * What reaches the model's target: buy or sell per asset class, in whole fen that sum to zero
 * (the 合计 row shows it), then the model's product for each class to buy, with its suitability
 * for the client ("符合", or why it may not be recommended). From schema 3 (issue 12), only the
 * moves that can be made ({@link advice}).
 */
export function rebalancing(context: SectionContext, number: number): Content[] {
  return context.figures.plan ? advice(context, context.figures.plan, number) : modelMoves(context, number);
}

/** Before schema 3 (they reprint as given): the moves that reach the target, and the model's first product per class to buy. */
function modelMoves({ snapshot, figures }: SectionContext, number: number): Content[] {
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

/** Printed on the suggestion page: advice, not an offer. */
export const ADVICE_DISCLAIMER = '以上建议仅供参考，不构成要约或承诺；具体产品以销售文件为准。';

/**
 * From schema 3: the advice an RM can sign (shared/allocation/rebalance.ts). Per class what is
 * moved, the products to redeem and to buy (all on sale and suitable, with their minimum and
 * step), what cannot be reached and why, then the disclaimer and the client's confirmation
 * (signature and date) for the printed copy. The section starts a page: the page the client signs.
 */
function advice({ snapshot, figures }: SectionContext, plan: RebalancePlan, number: number): Content[] {
  const title: Content = { stack: [sectionTitle('rebalancing', number, '调整建议')], pageBreak: 'before' };
  if (figures.totalFen === 0) return [title, note('暂无持仓，无需调整。')];
  const moved = plan.classes.filter((c) => c.desiredFen !== 0 || c.moveFen !== 0);
  const net = plan.classes.reduce((sum, c) => sum + c.moveFen, 0);
  const lineOf = new Map(figures.lines.map((l) => [l.assetClass, l]));
  const rows: TableCell[][] = [
    ...plan.sales.map((s): TableCell[] => ['赎回', ASSET_CLASS_LABELS[s.assetClass], printable(s.productName), `${s.riskRating} ${PRODUCT_RISK_LABELS[s.riskRating]}`, formatYuanExact(s.amountFen), '—', '—']),
    ...plan.purchases.map((p): TableCell[] => [
      '申购',
      ASSET_CLASS_LABELS[p.assetClass],
      printable(p.productName),
      `${p.riskRating} ${PRODUCT_RISK_LABELS[p.riskRating]}`,
      formatYuanExact(p.amountFen),
      `${amount(p.minPurchaseFen)} / ${amount(p.stepFen)}`,
      verdictCell(snapshot.schema, p.suitability, 'suggestion'),
    ]),
  ];
  const shortfalls = plan.classes.filter((c) => c.shortfall !== null);
  return [
    title,
    dataTable(
      ['资产类别', '当前占比', '目标占比', '调整后占比', '操作', '金额（元）'],
      [
        ...moved.map((c) => [
          ASSET_CLASS_LABELS[c.assetClass],
          formatPercent(lineOf.get(c.assetClass)?.current ?? 0),
          formatPercent(lineOf.get(c.assetClass)?.target ?? 0),
          formatPercent(c.after),
          c.moveFen > 0 ? '增配' : c.moveFen < 0 ? '减配' : '不调整',
          formatYuanExact(c.moveFen),
        ]),
        [{ text: '合计', bold: true }, '', '', '', '', { text: formatYuanExact(net), bold: true }],
      ],
      ['*', 62, 62, 66, 50, 100],
      ['left', 'right', 'right', 'right', 'center', 'right'],
    ),
    rows.length > 0 ? { text: '建议交易', style: 'subTitle' } : '',
    rows.length > 0
      ? dataTable(['操作', '资产类别', '产品名称', '风险等级', '金额（元）', '起购/递增', '适当性'], rows, [30, 52, '*', 44, 84, 60, verdictWidth(snapshot.schema, 40)], ['center', 'left', 'left', 'center', 'right', 'center', 'center'])
      : note('当前无可执行的调整交易。'),
    plan.blockedBy ? flag(plan.blockedBy === 'assessment_expired' ? '您的风险评估已过期，重新评估前不提供产品申购建议。' : '您尚未完成风险承受能力评估，评估前不提供产品申购建议。') : '',
    shortfalls.length > 0 ? { text: '未能调整至目标的类别', style: 'subTitle' } : '',
    shortfalls.length > 0 ? { ul: shortfalls.map((c) => ({ text: shortfallText(c), style: 'body' })), margin: [0, 0, 0, 4] } : '',
    note(
      '保险保单、封闭期或锁定期内的产品及持有到期的产品不作赎回建议；申购仅限在售且适合您风险承受能力的产品，单一产品调整后占比不超过' +
        `${formatPercent(CONCENTRATION_LIMIT)}，金额按产品起购金额及递增金额取整。调整金额按当前市值计算，实际交易以产品申赎规则及届时净值为准。`,
    ),
    {
      stack: [
        { text: ADVICE_DISCLAIMER, style: 'body', bold: true, margin: [0, 6, 0, 8] },
        { text: '客户确认', style: 'subTitle' },
        { text: '本人已阅读并知悉上述调整建议，将自主决定是否执行；调整建议须经本人确认后方可办理。', style: 'body' },
        {
          columns: [
            { text: '客户签名：________________________', style: 'body' },
            { text: '日期：________年____月____日', style: 'body' },
          ],
          margin: [0, 18, 0, 0],
        },
      ],
      unbreakable: true,
    },
  ];
}

function shortfallText(c: ClassPlan): string {
  const label = ASSET_CLASS_LABELS[c.assetClass];
  const need = formatYuanExact(Math.abs(c.desiredFen));
  const done = formatYuanExact(Math.abs(c.moveFen));
  switch (c.shortfall) {
    case 'fixed':
      if (c.sellableFen === 0) return `${label}：需减配 ${need}，该类持仓均为保险保单、封闭期或锁定期内或持有到期的产品，不作赎回建议，本次不调整。`;
      return `${label}：需减配 ${need}，可赎回的持仓仅 ${formatYuanExact(c.sellableFen)}（保险保单、封闭期或锁定期内及持有到期的产品不作赎回建议），本次建议减配 ${done}。`;
    case 'no_purchase':
      return `${label}：需减配 ${need}，因可申购的建议产品有限，本次建议减配 ${done}。`;
    case 'no_product':
      return `${label}：需增配 ${need}，暂无在售且适合您风险承受能力的建议产品，本次未增配。`;
    case 'product_limits':
      return `${label}：需增配 ${need}，受单一产品占比上限（${formatPercent(CONCENTRATION_LIMIT)}）及起购、递增金额所限，本次建议增配 ${done}。`;
    case 'no_funds':
    default:
      return `${label}：需增配 ${need}，可赎回的资金不足，本次建议增配 ${done}。`;
  }
}

/** A minimum or step: in 万 when whole (the way products are sold), else exact; "—" when there is none (no minimum, any fen). */
function amount(fen: number): string {
  if (fen <= 1) return '—';
  return fen % 1_000_000 === 0 ? `${fen / 1_000_000}万` : formatYuanExact(fen);
}

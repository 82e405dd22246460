import type { Content, TableCell } from './pdfTypes';
import { CADENCE_MEASURES } from '../../shared/api/cadence';
import type { ReportSnapshot } from '../snapshot';
import { CADENCE_MEASURE_LABELS, CADENCE_STATUS_LABELS, CHANNEL_LABELS, HORIZON_LABELS, MONTH_STATE_LABELS, RISK_APPETITE_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { dataTable, note, sectionTitle } from './blocks';
import { COLORS } from './styles';

type Annual = NonNullable<ReportSnapshot['annual']>;

const MONTH_FILL: Record<Annual['cadence']['months'][number], string> = { done: '#5ad8a6', missed: '#f4b6ae', due: '#f6bd16', upcoming: '#e5e9f0', not_applicable: '#f3f4f6' };

/** The year's service under 12-4-2-1: each measure against its target, the months, and every interaction. */
export function service(annual: Annual, number: number): Content[] {
  const { cadence } = annual;
  return [
    sectionTitle('service', number, `${annual.year} 年度服务回顾`),
    { text: [{ text: '12-4-2-1 服务进度：', bold: true }, CADENCE_STATUS_LABELS[cadence.status]], style: 'body', margin: [0, 0, 0, 6] },
    dataTable(
      ['服务标准', '已完成', '全年目标', '完成率'],
      CADENCE_MEASURES.map((m) => {
        const p = cadence[m];
        return [CADENCE_MEASURE_LABELS[m], String(p.done), String(p.target), p.target > 0 ? `${Math.min(100, Math.round((p.done / p.target) * 100))}%` : '—'];
      }),
      ['*', 70, 70, 70],
      ['left', 'right', 'right', 'right'],
    ),
    { text: '月度联络', style: 'subTitle' },
    {
      table: {
        widths: Array(12).fill('*'),
        body: [
          cadence.months.map((_, i) => ({ text: `${i + 1}月`, style: 'muted', alignment: 'center' as const })),
          cadence.months.map((state) => ({ text: MONTH_STATE_LABELS[state], fontSize: 7.5, alignment: 'center' as const, fillColor: MONTH_FILL[state], color: COLORS.ink })),
        ],
      },
      layout: { hLineWidth: () => 0, vLineWidth: () => 1.5, vLineColor: () => '#ffffff', paddingTop: () => 3, paddingBottom: () => 3 },
      margin: [0, 0, 0, 6],
    },
    { text: `服务记录（${annual.interactions.length} 次）`, style: 'subTitle' },
    annual.interactions.length > 0
      ? dataTable(
          ['日期', '方式', '主题', '内容摘要'],
          [...annual.interactions]
            .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0))
            .map((i): TableCell[] => [
              i.occurredAt.slice(0, 10),
              CHANNEL_LABELS[i.channel],
              [i.theme ? printable(i.theme) : '—', i.isAllocationReview ? '（配置检视）' : ''].join(''),
              i.summary ? printable(i.summary) : '',
            ]),
          [56, 50, 96, '*'],
          ['left', 'left', 'left', 'left'],
        )
      : note('本年度暂无服务记录。'),
  ];
}

/** What the advisor plans with the client for next year, in the advisor's words. */
export function plan(annual: Annual, number: number): Content[] {
  return [sectionTitle('plan', number, `${annual.year + 1} 年度服务计划`), annual.nextYearPlan.trim() ? { text: printable(annual.nextYearPlan), style: 'body' } : note('暂无。')];
}

/** The needs survey (年度需求调研) as the advisor filled it in. */
export function survey(annual: Annual, number: number): Content[] {
  const s = annual.survey;
  if (!s) return [sectionTitle('survey', number, '年度需求调研'), note('本年度未填写需求调研。')];
  const answer = (text: string) => (text.trim() ? printable(text) : '—');
  return [
    sectionTitle('survey', number, '年度需求调研'),
    dataTable(
      ['调研项目', '客户反馈'],
      [
        ['财富目标', answer(s.goals)],
        ['投资期限', s.horizon ? HORIZON_LABELS[s.horizon] : '—'],
        ['流动性需求', answer(s.liquidityNeeds)],
        ['风险偏好变化', s.riskAppetiteChange ? RISK_APPETITE_LABELS[s.riskAppetiteChange] : '—'],
        ['家庭重大事项', answer(s.familyEvents)],
        ['企业经营事项', answer(s.enterpriseEvents)],
      ],
      [90, '*'],
      ['left', 'left'],
    ),
  ];
}

import type { Content } from './pdfTypes';
import { formatWan } from '../../shared/format/money';
import { CLIENT_RISK_LABELS, REPORT_KIND_LABELS, TIER_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { named } from './blocks';
import type { SectionContext } from './context';
import { BOX, COLORS } from './styles';
import { BANK_TIME_ZONE, formatDate, zonedParts } from '../../shared/time/zoned';

/**
 * The first page: what the report is, for whom, as of when, and from whom, with the three
 * figures a client looks for first. The brand band behind it is drawn by the page background.
 */
export function cover({ snapshot, figures }: SectionContext): Content[] {
  const { client, advisor } = snapshot;
  const risk = client.riskLevel ? `${client.riskLevel} ${CLIENT_RISK_LABELS[client.riskLevel]}` : '未评估';
  return [
    {
      stack: [
        named('cover', { text: 'PRIVATE BANKING · 私人银行', fontSize: 9, color: '#dbe6f5', characterSpacing: 1.5, margin: [0, 8, 0, 10] }),
        { text: REPORT_KIND_LABELS[snapshot.kind], fontSize: 28, bold: true, color: '#ffffff' },
        { text: printable(snapshot.title), fontSize: 11, color: '#dbe6f5', margin: [0, 6, 0, 0] },
      ],
      margin: [0, 10, 0, 78],
    },
    { text: '尊敬的客户', style: 'muted' },
    { text: printable(client.name), fontSize: 22, bold: true, color: COLORS.ink, margin: [0, 2, 0, 2] },
    {
      text: [client.nameEn ? `${printable(client.nameEn)}  ·  ` : '', `客户号 ${printable(client.customerNo)}  ·  ${TIER_LABELS[client.tier]}`],
      style: 'muted',
      margin: [0, 0, 0, 24],
    },
    {
      table: {
        widths: ['*', '*', '*'],
        body: [
          [keyFigure('总资产', formatWan(figures.totalFen)), keyFigure('风险承受能力', risk), keyFigure('数据截至', snapshot.asOf)],
        ],
      },
      layout: { ...BOX, fillColor: () => COLORS.band, vLineWidth: (i) => (i === 1 || i === 2 ? 2 : 0), vLineColor: () => '#ffffff' },
      margin: [0, 0, 0, 24],
    },
    {
      columns: [
        detail('报告期间', `${snapshot.periodFrom} 至 ${snapshot.periodTo}`),
        detail('生成日期', formatDate(zonedParts(new Date(snapshot.generatedAt), BANK_TIME_ZONE))),
        detail('报告编号', snapshot.reportId),
      ],
      columnGap: 12,
      margin: [0, 0, 0, 28],
    },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 499, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }], margin: [0, 0, 0, 14] },
    { text: '您的财富顾问', style: 'muted' },
    { text: printable(advisor.name), fontSize: 14, bold: true, color: COLORS.ink, margin: [0, 2, 0, 2] },
    { text: [printable(advisor.title), advisor.branch ? `  ·  ${printable(advisor.branch)}` : ''], style: 'muted' },
    {
      text: '本报告仅供客户本人参阅，内含客户个人及资产信息，请妥善保管，勿转发、复制或向第三方披露。',
      fontSize: 8.5,
      color: COLORS.muted,
      margin: [0, 150, 0, 0],
    },
    { text: '', pageBreak: 'after' },
  ];
}

function keyFigure(label: string, value: string): Content {
  return { stack: [{ text: label, style: 'muted' }, { text: value, fontSize: 15, bold: true, color: COLORS.brand, margin: [0, 3, 0, 0] }] };
}

function detail(label: string, value: string): Content {
  return { stack: [{ text: label, style: 'muted' }, { text: value, fontSize: 10, color: COLORS.ink, margin: [0, 2, 0, 0] }] };
}

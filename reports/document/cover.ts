import type { Content } from './pdfTypes';
import { formatWan } from '../../shared/format/money';
import { CLIENT_RISK_LABELS, REPORT_KIND_LABELS, TIER_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { named } from './blocks';
import type { SectionContext } from './context';
import { fitSize, textWidth } from './fit';
import { BOX, COLORS } from './styles';
import { BANK_TIME_ZONE, formatDate, zonedParts } from '../../shared/time/zoned';

/**
 * The first page: what the report is, for whom, as of when, and from whom, with the three
 * figures a client looks for first. The brand band behind it is drawn by the page background.
 */
export function cover(ctx: SectionContext): Content[] {
  return ctx.snapshot.schema >= 3 ? fittedCover(ctx) : givenCover(ctx);
}

/** The page's width inside the margins (page.ts). */
const WIDTH = 499;

/**
 * Schema 3: the same page, each field fitted to the width (smaller type, then more lines), the
 * short report number, and the space above the closing note taking what longer fields add, so
 * the cover stays one page whatever the lengths.
 */
function fittedCover({ snapshot, figures }: SectionContext): Content[] {
  const { client, advisor } = snapshot;
  /** The height fields take beyond one line each (estimated), taken from the space above the closing note. */
  let added = 0;
  const extraHeight = (text: string, size: number, width: number, bold?: boolean) => Math.max(0, Math.ceil((textWidth(text, bold) * size * 1.04) / width) - 1) * size * 1.35;
  const fitted = (text: string, options: { size: number; min: number; width?: number; lines?: number; bold?: boolean }) => {
    const width = options.width ?? WIDTH;
    const size = fitSize(text, { ...options, width });
    added += extraHeight(text, size, width, options.bold);
    return size;
  };
  const title = printable(snapshot.title);
  const name = printable(client.name);
  const nameLine = `${client.nameEn ? `${printable(client.nameEn)}  ·  ` : ''}客户号 ${printable(client.customerNo)}  ·  ${TIER_LABELS[client.tier]}`;
  const advisorLine = `${printable(advisor.title)}${advisor.branch ? `  ·  ${printable(advisor.branch)}` : ''}`;
  const period = `${snapshot.periodFrom} 至 ${snapshot.periodTo}`;
  const generated = formatDate(zonedParts(new Date(snapshot.generatedAt), BANK_TIME_ZONE));
  const numberWidth = WIDTH - 2 * 24 - Math.ceil(10 * Math.max(textWidth(period), textWidth('报告期间'))) - Math.ceil(10 * Math.max(textWidth(generated), textWidth('生成日期')));
  const reportNo = snapshot.reportNo ?? snapshot.reportId;
  // The band is 228 pt high: a title of more lines takes the space below it, then pushes the rest down.
  const titleSize = fitSize(title, { size: 11, min: 8, width: WIDTH, lines: 2 });
  const titleExtra = extraHeight(title, titleSize, WIDTH);
  added += Math.max(0, titleExtra - 50);
  const content: Content[] = [
    brandBand(snapshot.kind, title, titleSize, 78 - Math.min(50, titleExtra)),
    { text: '尊敬的客户', style: 'muted' },
    { text: name, fontSize: fitted(name, { size: 22, min: 14, bold: true }), bold: true, color: COLORS.ink, margin: [0, 2, 0, 2] },
    { text: nameLine, style: 'muted', fontSize: fitted(nameLine, { size: 8.5, min: 7 }), margin: [0, 0, 0, 24] },
    keyFigures({ snapshot, figures }),
    {
      columns: [
        { width: 'auto', ...detail('报告期间', period) },
        { width: 'auto', ...detail('生成日期', generated) },
        { width: '*', ...detail('报告编号', reportNo, fitted(reportNo, { size: 10, min: 8, width: numberWidth })) },
      ],
      columnGap: 24,
      margin: [0, 0, 0, 28],
    },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }], margin: [0, 0, 0, 14] },
    { text: '您的财富顾问', style: 'muted' },
    { text: printable(advisor.name), fontSize: fitted(printable(advisor.name), { size: 14, min: 10, bold: true }), bold: true, color: COLORS.ink, margin: [0, 2, 0, 2] },
    { text: advisorLine, style: 'muted', fontSize: fitted(advisorLine, { size: 8.5, min: 7 }) },
  ];
  return [
    ...content,
    {
      text: '本报告仅供客户本人参阅，内含客户个人及资产信息，请妥善保管，勿转发、复制或向第三方披露。',
      fontSize: 8.5,
      color: COLORS.muted,
      margin: [0, Math.max(20, 150 - added), 0, 0],
    },
    { text: '', pageBreak: 'after' },
  ];
}

/** Schemas 1 and 2: the cover as those reports were given, so they reprint byte for byte. */
function givenCover({ snapshot, figures }: SectionContext): Content[] {
  const { client, advisor } = snapshot;
  return [
    brandBand(snapshot.kind, printable(snapshot.title), 11, 78),
    { text: '尊敬的客户', style: 'muted' },
    { text: printable(client.name), fontSize: 22, bold: true, color: COLORS.ink, margin: [0, 2, 0, 2] },
    {
      text: [client.nameEn ? `${printable(client.nameEn)}  ·  ` : '', `客户号 ${printable(client.customerNo)}  ·  ${TIER_LABELS[client.tier]}`],
      style: 'muted',
      margin: [0, 0, 0, 24],
    },
    keyFigures({ snapshot, figures }),
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

/** The band's text: what the report is (the band itself is the page background). */
function brandBand(kind: SectionContext['snapshot']['kind'], title: string, titleSize: number, bottom: number): Content {
  return {
    stack: [
      named('cover', { text: 'PRIVATE BANKING · 私人银行', fontSize: 9, color: '#dbe6f5', characterSpacing: 1.5, margin: [0, 8, 0, 10] }),
      { text: REPORT_KIND_LABELS[kind], fontSize: 28, bold: true, color: '#ffffff' },
      { text: title, fontSize: titleSize, color: '#dbe6f5', margin: [0, 6, 0, 0] },
    ],
    margin: [0, 10, 0, bottom],
  };
}

/** The three figures a client looks for first. */
function keyFigures({ snapshot, figures }: Pick<SectionContext, 'snapshot' | 'figures'>): Content {
  const { riskLevel } = snapshot.client;
  const risk = riskLevel ? `${riskLevel} ${CLIENT_RISK_LABELS[riskLevel]}` : '未评估';
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [[keyFigure('总资产', formatWan(figures.totalFen)), keyFigure('风险承受能力', risk), keyFigure('数据截至', snapshot.asOf)]],
    },
    layout: { ...BOX, fillColor: () => COLORS.band, vLineWidth: (i) => (i === 1 || i === 2 ? 2 : 0), vLineColor: () => '#ffffff' },
    margin: [0, 0, 0, 24],
  };
}

function keyFigure(label: string, value: string): Content {
  return { stack: [{ text: label, style: 'muted' }, { text: value, fontSize: 15, bold: true, color: COLORS.brand, margin: [0, 3, 0, 0] }] };
}

function detail(label: string, value: string, fontSize = 10): { stack: Content[] } {
  return { stack: [{ text: label, style: 'muted' }, { text: value, fontSize, color: COLORS.ink, margin: [0, 2, 0, 0] }] };
}

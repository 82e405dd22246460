import type { Content, TableCell } from './pdfTypes';
import type { ReportSnapshot } from '../snapshot';
import { BANK_TIME_ZONE, formatDate, zonedParts } from '../../shared/time/zoned';
import { CHANNEL_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { dataTable, note, sectionTitle } from './blocks';

type Annual = NonNullable<ReportSnapshot['annual']>;

const dayOf = (iso: string) => formatDate(zonedParts(new Date(iso), BANK_TIME_ZONE));
const byTime = <T extends { at: string }>(a: T, b: T) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * The year's service as the client reads it (from schema 3): what was done for them, when, and
 * how: the allocation reviews held, the meetings, the reports handed over, and each contact by
 * date, way and theme. The RM's own targets, standing and "missed" months are the RM's, never the
 * client's (schemas 1 and 2 printed them and reprint as given). An interaction's summary is the
 * RM's note and stays on the desk.
 */
export function clientService(annual: Annual, number: number): Content[] {
  const contacts = annual.interactions.map((i) => ({ at: i.occurredAt, channel: i.channel, theme: i.theme, review: i.isAllocationReview })).sort(byTime);
  const reviews = contacts.filter((c) => c.review);
  const meetings = contacts.filter((c) => c.channel === 'face_to_face');
  const delivered = [...(annual.reportsDelivered ?? [])].map((r) => ({ at: r.deliveredAt, title: r.title })).sort(byTime);
  const days = (list: readonly { at: string }[]) => (list.length > 0 ? list.map((c) => dayOf(c.at)).join('、') : '—');
  return [
    sectionTitle('service', number, `${annual.year} 年度服务回顾`),
    { text: `${annual.year} 年，您的财富顾问为您提供了以下服务：`, style: 'body', margin: [0, 0, 0, 6] },
    dataTable(
      ['服务', '次数', '日期'],
      [
        ['资产配置检视', String(reviews.length), days(reviews)],
        ['面谈', String(meetings.length), days(meetings)],
        ['报告交付', String(delivered.length), days(delivered)],
        ['各类沟通（合计）', String(contacts.length), '见下表'],
      ],
      [96, 40, '*'],
      ['left', 'right', 'left'],
    ),
    ...(delivered.length > 0
      ? [{ text: '为您交付的报告', style: 'subTitle' }, dataTable(['日期', '报告'], delivered.map((r): TableCell[] => [dayOf(r.at), printable(r.title)]), [70, '*'], ['left', 'left'])]
      : []),
    { text: '服务记录', style: 'subTitle' },
    contacts.length > 0
      ? dataTable(
          ['日期', '方式', '主题'],
          contacts.map((c): TableCell[] => [dayOf(c.at), CHANNEL_LABELS[c.channel], [c.theme ? printable(c.theme) : '日常沟通', c.review ? '（资产配置检视）' : ''].join('')]),
          [70, 60, '*'],
          ['left', 'left', 'left'],
        )
      : note('本年度尚无服务记录。'),
  ];
}

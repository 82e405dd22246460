import type { Content } from './pdfTypes';
import { DISCLOSURES } from '../snapshot';
import { printable } from '../text/printable';
import { note, sectionTitle } from './blocks';
import type { SectionContext } from './context';
import { BOX, COLORS } from './styles';

/** The advisor's own notes, printed as written. */
export function notes({ snapshot }: SectionContext, number: number): Content[] {
  return [sectionTitle('notes', number, '顾问意见'), snapshot.notes.trim() ? { text: printable(snapshot.notes), style: 'body' } : note('暂无。')];
}

/** Who to call: the advisor's card. */
export function advisorCard({ snapshot }: SectionContext, number: number): Content[] {
  const a = snapshot.advisor;
  const line = (label: string, value: string | null) => (value ? [{ text: `${label}  `, color: COLORS.muted }, printable(value), '\n'] : []);
  return [
    sectionTitle('advisor', number, '您的财富顾问'),
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: [{ text: printable(a.name), fontSize: 13, bold: true, color: COLORS.ink }, a.nameEn ? { text: `  ${printable(a.nameEn)}`, color: COLORS.muted } : ''] },
                { text: [printable(a.title), a.branch ? `  ·  ${printable(a.branch)}` : ''], style: 'muted', margin: [0, 2, 0, 6] },
                { text: [...line('工号', a.employeeNo), ...line('电话', a.phone), ...line('邮箱', a.email)], style: 'body' },
              ],
            },
          ],
        ],
      },
      layout: { ...BOX, fillColor: () => COLORS.band, vLineWidth: (i) => (i === 0 ? 3 : 0), vLineColor: () => COLORS.brand },
      unbreakable: true,
    },
  ];
}

/** The mandatory disclosures (glossary), word for word, on every report. */
export function disclosures(_: SectionContext, number: number): Content[] {
  return [
    sectionTitle('disclosures', number, '重要提示'),
    { ol: [...DISCLOSURES], style: 'body', bold: true },
    note('本报告基于报告生成时本行系统记录的数据编制，仅供参考，不构成投资建议或收益承诺。市场有风险，投资须谨慎。'),
  ];
}

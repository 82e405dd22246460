import type { Content } from './pdfTypes';
import { CONCENTRATION_LIMIT } from '../../shared/allocation';
import { formatPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { dataTable, flag, note, sectionTitle } from './blocks';
import type { SectionContext } from './context';

/** Single products above the concentration limit (15 % of the portfolio), largest first. */
export function concentration({ figures }: SectionContext, number: number): Content[] {
  const limit = formatPercent(CONCENTRATION_LIMIT);
  return [
    sectionTitle('concentration', number, '集中度分析'),
    figures.concentrations.length > 0
      ? dataTable(
          ['产品名称', '占组合比例', '提示'],
          figures.concentrations.map((c) => [printable(c.productName), formatPercent(c.weight), flag(`单一产品占比超过 ${limit}`)]),
          ['*', 80, 140],
          ['left', 'right', 'center'],
        )
      : note(`没有单一产品占比超过 ${limit}。`),
    figures.concentrations.length > 0 ? note(`单一产品占比过高会放大个别产品的风险，建议逐步分散至 ${limit} 以内。`) : '',
  ];
}

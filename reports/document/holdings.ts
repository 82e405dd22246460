import type { Content, TableCell } from './pdfTypes';
import { formatYuanExact } from '../../shared/format/money';
import { exceedsClientRisk } from '../../shared/rules/suitability';
import { ASSET_CLASS_COLORS } from '../../shared/theme/palette';
import type { Holding } from '../model/figures';
import { ASSET_CLASS_LABELS, PRODUCT_RISK_LABELS } from '../text/labels';
import { formatPercent, formatSignedPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { dataTable, flag, note, sectionTitle, swatch } from './blocks';
import type { SectionContext } from './context';

/** Every holding, grouped by asset class with the class's subtotal; products above the client's level flagged. */
export function holdings({ snapshot, figures }: SectionContext, number: number): Content[] {
  if (figures.holdingsByClass.length === 0) return [sectionTitle('holdings', number, '持仓明细'), note('暂无持仓。')];
  const level = snapshot.client.riskLevel;
  const share = (fen: number) => (figures.totalFen > 0 ? fen / figures.totalFen : 0);
  const rows: TableCell[][] = [];
  for (const group of figures.holdingsByClass) {
    const subtotal = group.holdings.reduce((sum, h) => sum + h.marketValueFen, 0);
    rows.push([
      { columns: [swatch(ASSET_CLASS_COLORS[group.assetClass]), { text: `${ASSET_CLASS_LABELS[group.assetClass]}（${group.holdings.length}）`, bold: true }], colSpan: 3, fillColor: '#f7f9fc' },
      {},
      {},
      { text: formatYuanExact(subtotal), bold: true, fillColor: '#f7f9fc' },
      { text: formatPercent(share(subtotal)), bold: true, fillColor: '#f7f9fc' },
      { text: '', colSpan: 2, fillColor: '#f7f9fc' },
      {},
    ]);
    for (const h of group.holdings) rows.push(holdingRow(h, share(h.marketValueFen), exceedsClientRisk(h.riskRating, level)));
  }
  return [
    sectionTitle('holdings', number, '持仓明细'),
    dataTable(['产品代码', '产品名称', '风险等级', '市值（元）', '占比', '持有收益率', '适当性'], rows, [54, '*', 44, 80, 40, 50, 60], ['left', 'left', 'center', 'right', 'right', 'right', 'center']),
    note(level ? `“超出承受能力”：产品风险等级高于您的风险承受能力 ${level}。` : '您尚未完成风险承受能力评估，所有产品均标记为“需评估”。'),
  ];
}

function holdingRow(h: Holding, share: number, unsuitable: boolean): TableCell[] {
  return [
    printable(h.productCode),
    printable(h.productName),
    `${h.riskRating} ${PRODUCT_RISK_LABELS[h.riskRating]}`,
    formatYuanExact(h.marketValueFen),
    formatPercent(share),
    h.costFen > 0 ? formatSignedPercent(h.marketValueFen / h.costFen - 1) : '—',
    unsuitable ? flag('超出承受能力') : '—',
  ];
}

import type { Content, TableCell } from './pdfTypes';
import { formatYuanExact } from '../../shared/format/money';
import { ASSET_CLASS_COLORS } from '../../shared/theme/palette';
import type { Holding, ReportFigures } from '../model/figures';
import type { ReportSnapshot } from '../snapshot';
import { ASSET_CLASS_LABELS, PRODUCT_RISK_LABELS, SUITABILITY_LABELS } from '../text/labels';
import { formatPercent, formatSignedPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { dataTable, note, sectionTitle, swatch } from './blocks';
import type { SectionContext } from './context';
import { verdictCell, verdictWidth } from './verdicts';

/** Every holding, grouped by asset class with the class's subtotal, each with its suitability (why not, flagged). */
export function holdings({ snapshot, figures }: SectionContext, number: number): Content[] {
  if (figures.holdingsByClass.length === 0) return [sectionTitle('holdings', number, '持仓明细'), note('暂无持仓。')];
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
    for (const h of group.holdings) rows.push(holdingRow(h, share(h.marketValueFen), verdictCell(snapshot.schema, figures.suitability.of(h.riskRating), 'holding')));
  }
  return [
    sectionTitle('holdings', number, '持仓明细'),
    dataTable(['产品代码', '产品名称', '风险等级', '市值（元）', '占比', '持有收益率', '适当性'], rows, [54, '*', 44, 80, 40, 50, verdictWidth(snapshot.schema, 60)], ['left', 'left', 'center', 'right', 'right', 'right', 'center']),
    note(holdingsNote(snapshot, figures)),
  ];
}

/** What the 适当性 column's flags mean for this client. */
function holdingsNote({ schema, client }: ReportSnapshot, { suitability }: ReportFigures): string {
  const level = client.riskLevel;
  // Before schema 3 the note spoke of the level alone; such reports reprint as given.
  if (schema < 3) return level ? `“超出承受能力”：产品风险等级高于您的风险承受能力 ${level}。` : '您尚未完成风险承受能力评估，所有产品均标记为“需评估”。';
  if (suitability.blockedBy === 'not_assessed') return `您尚未完成风险承受能力评估，所有产品均标记为“${SUITABILITY_LABELS.not_assessed}”。`;
  if (suitability.blockedBy === 'assessment_expired') return `您的风险评估已过期，所有产品均标记为“${SUITABILITY_LABELS.assessment_expired}”，重新评估后方可办理投资业务。`;
  return `“${SUITABILITY_LABELS.exceeds_risk}”：产品风险等级高于您的风险承受能力 ${level}。`;
}

function holdingRow(h: Holding, share: number, verdict: TableCell): TableCell[] {
  return [
    printable(h.productCode),
    printable(h.productName),
    `${h.riskRating} ${PRODUCT_RISK_LABELS[h.riskRating]}`,
    formatYuanExact(h.marketValueFen),
    formatPercent(share),
    h.costFen > 0 ? formatSignedPercent(h.marketValueFen / h.costFen - 1) : '—',
    verdict,
  ];
}

import type { Content, TableCell } from './pdfTypes';
import { formatYuanExact } from '../../shared/format/money';
import type { AssetClass, ProductRiskRating } from '../../shared/domain/enums';
import type { SuitabilityVerdict } from '../../shared/rules/suitability';
import { ASSET_CLASS_LABELS, CLIENT_RISK_LABELS, PRODUCT_RISK_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { dataTable, flag, note, sectionTitle } from './blocks';
import { verdictCell, verdictWidth } from './verdicts';
import type { SectionContext } from './context';
import { COLORS } from './styles';

/**
 * Suitability (glossary): the assessment's validity, then every holding and every suggestion not
 * suitable for the client, with why. Without a valid assessment every product is a finding
 * (before schema 3, only without a level: such reports reprint as given).
 */
export function suitability({ snapshot, figures }: SectionContext, number: number): Content[] {
  const { client } = snapshot;
  const { assessment } = figures;
  const level = client.riskLevel ? `${client.riskLevel}（${CLIENT_RISK_LABELS[client.riskLevel]}）` : '未评估';
  // A stored report reprints as it was given: snapshots before schema 2 printed the anniversary.
  const validUntil = snapshot.schema >= 2 ? assessment.validThrough : assessment.expiresOn;
  const status: Content = assessment.expired
    ? flag(client.riskAssessedAt ? `风险评估已过期：评估日 ${client.riskAssessedAt}，有效期至 ${validUntil}。请重新评估后再办理投资业务。` : '尚未进行风险承受能力评估。请完成评估后再办理投资业务。')
    : { text: `风险评估有效：评估日 ${client.riskAssessedAt}，有效期至 ${validUntil}${assessment.expiringSoon ? '（即将到期，请及时重新评估）' : ''}。`, color: assessment.expiringSoon ? COLORS.warn : COLORS.ok };
  const finding = (source: string, p: { productName: string; assetClass: AssetClass; riskRating: ProductRiskRating }, fen: number, verdict: SuitabilityVerdict): TableCell[] => [
    source,
    printable(p.productName),
    ASSET_CLASS_LABELS[p.assetClass],
    `${p.riskRating} ${PRODUCT_RISK_LABELS[p.riskRating]}`,
    formatYuanExact(fen),
    verdictCell(snapshot.schema, verdict, 'finding'),
  ];
  const rows: TableCell[][] = [
    ...figures.unsuitableHoldings.map((h) => finding('持仓', h, h.marketValueFen, figures.suitability.of(h.riskRating))),
    ...figures.suggestions.filter((s) => !s.suitability.suitable).map((s) => finding('调整建议', s, s.amountFen, s.suitability)),
  ];
  return [
    sectionTitle('suitability', number, '适当性检查'),
    { text: [{ text: '风险承受能力：', bold: true }, level], style: 'body' },
    { text: status, style: 'body', margin: [0, 2, 0, 6] },
    rows.length > 0
      ? dataTable(['来源', '产品名称', '资产类别', '产品风险等级', '金额（元）', '结论'], rows, [48, '*', 60, 62, 84, verdictWidth(snapshot.schema, 60)], ['center', 'left', 'left', 'center', 'right', 'center'])
      : note(snapshot.schema >= 3 ? '未发现不适当的持仓或建议产品。' : '未发现风险等级高于您风险承受能力的持仓或建议产品。'),
  ];
}

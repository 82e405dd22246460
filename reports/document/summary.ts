import type { Content } from './pdfTypes';
import { formatCount, formatWan } from '../../shared/format/money';
import type { SuitabilityReason } from '../../shared/rules/suitability';
import type { ReportFigures } from '../model/figures';
import type { ReportSnapshot } from '../snapshot';
import { ASSET_CLASS_LABELS, CLIENT_RISK_LABELS, SUITABILITY_LABELS } from '../text/labels';
import { formatSignedPercent } from '../../shared/format/percent';
import { printable } from '../text/printable';
import { sectionTitle } from './blocks';
import type { SectionContext } from './context';

/** The report in a few sentences: size, model, the largest drift, and how many findings follow. */
export function summary({ snapshot, figures }: SectionContext, number: number): Content[] {
  const { client, model } = snapshot;
  const gain = figures.totalFen - figures.costFen;
  const widest = [...figures.lines].sort((a, b) => Math.abs(b.drift) - Math.abs(a.drift))[0];
  const breaches = figures.lines.filter((l) => l.breach !== null).length;
  const points: string[] = [
    snapshot.holdings.length > 0
      ? `截至 ${snapshot.asOf}，您在本行的金融资产合计 ${formatWan(figures.totalFen)}，共 ${formatCount(snapshot.holdings.length)} 笔持仓，持有盈亏 ${gain >= 0 ? '+' : ''}${formatWan(gain)}。`
      : `截至 ${snapshot.asOf}，您在本行暂无持仓。`,
    client.riskLevel
      ? `您的风险承受能力为 ${client.riskLevel}（${CLIENT_RISK_LABELS[client.riskLevel]}）${model ? `，对照模型组合「${printable(model.name)}」` : '，本行暂无对应的模型组合'}。`
      : '您尚未完成风险承受能力评估，本报告不对照模型组合，所有产品均需评估后方可配置。',
    model && widest && snapshot.holdings.length > 0
      ? `偏离最大的资产类别为${ASSET_CLASS_LABELS[widest.assetClass]}（${formatSignedPercent(widest.drift)}），${breaches > 0 ? `共 ${breaches} 个类别超出容忍区间` : '各类别均在容忍区间内'}。`
      : '',
    `${suitabilityFindings(snapshot, figures)}；集中度检查发现 ${figures.concentrations.length} 只产品占比超过 15%。`,
  ].filter((p) => p !== '');
  return [sectionTitle('summary', number, '报告摘要'), { ul: points, style: 'body', margin: [0, 0, 0, 4] }];
}

/** What the client should do when no product may be offered. */
const NEXT_STEP = { not_assessed: '，请尽快完成风险评估', assessment_expired: '，请尽快重新评估', none: '' } as const;

/** The suitability findings in a sentence: how many products are not suitable, and why. */
function suitabilityFindings({ schema }: ReportSnapshot, figures: ReportFigures): string {
  const verdicts = [...figures.unsuitableHoldings.map((h) => figures.suitability.of(h.riskRating)), ...figures.suggestions.map((s) => s.suitability)].filter((v) => !v.suitable);
  // Before schema 3 it counted products above the level alone; such reports reprint as given.
  if (schema < 3) return `适当性检查发现 ${verdicts.length} 项风险等级高于您承受能力的产品${figures.assessment.expired ? '，且风险评估已过期，请尽快重新评估' : ''}`;
  if (verdicts.length === 0) return '适当性检查未发现不适当的产品';
  const count = new Map<SuitabilityReason, number>();
  for (const v of verdicts) count.set(v.reason, (count.get(v.reason) ?? 0) + 1);
  const why = [...count].map(([reason, n]) => `${SUITABILITY_LABELS[reason]} ${n} 项`).join('，');
  return `适当性检查发现 ${verdicts.length} 项不适当的产品（${why}）${NEXT_STEP[figures.suitability.blockedBy ?? 'none']}`;
}

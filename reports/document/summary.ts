import type { Content } from './pdfTypes';
import { formatCount, formatWan } from '../../shared/format/money';
import { ASSET_CLASS_LABELS, CLIENT_RISK_LABELS } from '../text/labels';
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
  const findings = figures.unsuitableHoldings.length + figures.suggestions.filter((s) => s.unsuitable).length;
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
    `适当性检查发现 ${findings} 项风险等级高于您承受能力的产品${figures.assessment.expired ? '，且风险评估已过期，请尽快重新评估' : ''}；集中度检查发现 ${figures.concentrations.length} 只产品占比超过 15%。`,
  ].filter((p) => p !== '');
  return [sectionTitle('summary', number, '报告摘要'), { ul: points, style: 'body', margin: [0, 0, 0, 4] }];
}

import { describe, expect, it } from 'vitest';
import { formatYuanExact } from '../shared/format/money';
import { reportSnapshot } from '../testing/reportSnapshots';
import { reportFigures } from './model/figures';
import { pdfText, saveArtifact } from './pdfText.testing';
import { renderReportPdf } from './render';
import { DISCLOSURES } from './snapshot';
import { ASSET_CLASS_LABELS } from './text/labels';
import { formatPercent } from '../shared/format/percent';

const ALLOCATION_TITLES = ['资产配置报告', '报告摘要', '资产配置', '持仓明细', '业绩表现', '适当性检查', '集中度分析', '调整建议', '顾问意见', '您的财富顾问', '重要提示'];

describe('rendered report PDF', () => {
  it('prints the allocation report in Chinese: titles, client, disclosures and the weights of the snapshot', async () => {
    const snapshot = reportSnapshot();
    const { pdf, pages, sha256 } = await renderReportPdf(snapshot);
    saveArtifact('sample-allocation', pdf);
    const text = pdfText(pdf);
    for (const title of ALLOCATION_TITLES) expect(text).toContain(title);
    for (const disclosure of DISCLOSURES) expect(text).toContain(disclosure);
    expect(text).toContain('王雅琴');
    for (const line of reportFigures(snapshot).lines) {
      expect(text).toContain(ASSET_CLASS_LABELS[line.assetClass]);
      expect(text).toContain(formatYuanExact(line.valueFen));
      expect(text).toContain(formatPercent(line.current));
    }
    // pdftotext drops the spaces around CJK: 第 1 页 / 共 5 页 reads 第1页/共5页.
    for (let page = 1; page <= pages; page++) expect(text).toContain(`第${page}页/共${pages}页`);
    expect(text).toContain('机密');
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints the annual report with the year of service, the survey and the plan', async () => {
    const { pdf } = await renderReportPdf(reportSnapshot({ kind: 'annual_wealth' }));
    saveArtifact('sample-annual', pdf);
    const text = pdfText(pdf);
    for (const title of ['年度财富管理报告', '2026 年度服务回顾', '年度需求调研', '2027 年度服务计划', '为您交付的报告']) expect(text).toContain(title);
    for (const disclosure of DISCLOSURES) expect(text).toContain(disclosure);
  });

  it('is reproducible: the same snapshot gives the same bytes', async () => {
    const snapshot = reportSnapshot({ kind: 'annual_wealth', seed: 7 });
    const first = await renderReportPdf(snapshot);
    const second = await renderReportPdf(structuredClone(snapshot));
    expect(second.sha256).toBe(first.sha256);
    expect(second.pdf.equals(first.pdf)).toBe(true);
    const later = await renderReportPdf({ ...snapshot, generatedAt: '2026-11-29T10:30:00+08:00' });
    expect(later.sha256).not.toBe(first.sha256); // the dates in the PDF are the snapshot's, not the clock's
  });

  it('says why per product for a client whose assessment expired: every holding, none 符合, and suggests nothing', async () => {
    const snapshot = reportSnapshot({ riskAssessedAt: '2025-11-28' }); // expired on its anniversary, the report's day
    const { pdf } = await renderReportPdf(snapshot);
    saveArtifact('sample-allocation-expired', pdf);
    const text = pdfText(pdf);
    const between = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
    // Each row from its product to the next one (a row's cells may wrap onto the lines below).
    const rows = (section: string, starts: readonly string[]) =>
      starts.map((start, i) => section.slice(section.indexOf(start), i + 1 < starts.length ? section.indexOf(starts[i + 1]!) : undefined));
    const figures = reportFigures(snapshot);
    const held = figures.holdingsByClass.flatMap((g) => g.holdings.map((h) => h.productCode));
    expect(held).toHaveLength(snapshot.holdings.length);
    for (const row of rows(between('持仓明细', '业绩表现'), held)) expect(row).toContain('风险评估已过期');
    // From schema 3 nothing is suggested to buy until the client is assessed again, and the advice says so.
    expect(figures.suggestions).toEqual([]);
    expect(between('调整建议', '客户确认').replace(/\s+/g, '')).toContain('您的风险评估已过期，重新评估前不提供产品申购建议。');
    expect(text).not.toContain('符合');
    expect(text).toMatch(/适当性检查发现 \d+ 项不适当的产品（风险评估已过期 \d+ 项）/);
  });

  it('renders the plain baseline without an embedded font or charts', async () => {
    const snapshot = reportSnapshot();
    const [full, plain] = await Promise.all([renderReportPdf(snapshot), renderReportPdf(snapshot, { plain: true })]);
    expect(plain.pages).toBeGreaterThan(0);
    expect(full.pdf.includes('FontFile2')).toBe(true);
    expect(plain.pdf.includes('FontFile2')).toBe(false);
  });
});

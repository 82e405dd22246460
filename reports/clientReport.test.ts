import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../testing/reportSnapshots';
import { pdfText } from './pdfText.testing';
import { renderReportPdf } from './render';

/** What is the RM's, never the client's: targets, standing, missed months, completion rates. */
const RM_ONLY = ['12-4-2-1', '达标', '落后', '未联络', '完成率', '服务进度', '全年目标', '已完成'];

describe("the client's own annual report", () => {
  it("shows what was done for the client, in the client's terms, and none of the RM's scorecard", async () => {
    const text = pdfText((await renderReportPdf(reportSnapshot({ kind: 'annual_wealth' }))).pdf).replace(/\s+/g, '');
    for (const word of RM_ONLY) expect(text, word).not.toContain(word);
    expect(text).toContain('2026年度服务回顾');
    expect(text).toContain('资产配置检视');
    expect(text).toContain('2026-03-12');
    expect(text).toContain('为您交付的报告');
    expect(text).toContain('年度需求调研');
    expect(text).toContain('2027年度服务计划');
    expect(text).toContain('顾问意见');
    // The RM's notes on each contact stay on the desk.
    expect(text).not.toContain('客户表示认可');
  });

  it('leaves out an empty survey, plan and opinion rather than printing 暂无', async () => {
    const base = reportSnapshot({ kind: 'annual_wealth' });
    const snapshot = { ...base, notes: '  ', annual: { ...base.annual!, nextYearPlan: '', survey: null } };
    const text = pdfText((await renderReportPdf(snapshot)).pdf).replace(/\s+/g, '');
    for (const absent of ['暂无。', '年度需求调研', '2027年度服务计划', '顾问意见', '未填写']) expect(text, absent).not.toContain(absent);
    expect(text).toContain('2026年度服务回顾');
  });

  it('reprints a report given before (schema 2) as it was, scorecard included', async () => {
    const base = reportSnapshot({ kind: 'annual_wealth' });
    const text = pdfText((await renderReportPdf({ ...base, schema: 2 })).pdf).replace(/\s+/g, '');
    expect(text).toContain('12-4-2-1服务进度');
  });
});

import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../testing/reportSnapshots';
import { ReportInputError } from './errors';
import { pdfText } from './pdfText.testing';
import { renderReportPdf } from './render';
import { SNAPSHOT_LIMITS } from './snapshot';

const rejects = async (input: unknown, reason: 'invalid' | 'limit', field: string) => {
  const error = await renderReportPdf(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportInputError);
  expect(error).toMatchObject({ reason, message: expect.stringContaining(field) });
};

describe('reports from bad input', () => {
  it('prints hostile text literally: markup as characters, invisible and missing glyphs as code points', async () => {
    const { pdf } = await renderReportPdf(reportSnapshot({ hostile: true }));
    const text = pdfText(pdf);
    expect(text).toContain('<script>alert("x")</script><b>粗体</b>');
    expect(text).toContain('[U+202E]gnp.exe[U+202C]'); // the override is shown, not obeyed
    expect(text).toContain('a[U+200B]b[U+200D]c[U+FEFF]');
    expect(text).toContain('[U+1F389][U+1F4B0]');
    expect(text).toMatch(/王\[U\+202E\]gnp\.exe\[U\+202C\]雅/);
  });

  it('renders 10,000 holdings (the limit) within bounds', async () => {
    const started = performance.now();
    const { pages } = await renderReportPdf(reportSnapshot({ holdings: SNAPSHOT_LIMITS.holdings }));
    expect(pages).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
  }, 90_000);

  it('refuses more holdings than the limit with reason limit', async () => {
    const snapshot = reportSnapshot();
    const holding = snapshot.holdings[0]!;
    await rejects({ ...snapshot, holdings: Array.from({ length: SNAPSHOT_LIMITS.holdings + 1 }, () => holding) }, 'limit', 'holdings');
  });

  it('renders a client with no holdings, and one with no level and no model', async () => {
    const empty = pdfText((await renderReportPdf({ ...reportSnapshot(), holdings: [] })).pdf);
    expect(empty).toContain('暂无持仓');
    const unassessed = pdfText((await renderReportPdf(reportSnapshot({ riskLevel: null, riskAssessedAt: null }))).pdf);
    expect(unassessed).toContain('尚未进行风险承受能力评估');
    expect(unassessed).toContain('暂无对照的模型组合');
  });

  it('renders holdings whose products have no NAV series', async () => {
    const { pdf } = await renderReportPdf({ ...reportSnapshot(), navSeries: {} });
    expect(pdfText(pdf)).toContain('暂无净值数据');
  });

  it('refuses what is not a snapshot, naming the field', async () => {
    await rejects(null, 'invalid', 'snapshot');
    await rejects({ ...reportSnapshot(), client: { ...reportSnapshot().client, riskLevel: 'C9' } }, 'invalid', 'client.riskLevel');
    await rejects({ ...reportSnapshot({ kind: 'annual_wealth' }), annual: null }, 'invalid', 'annual');
    await rejects({ ...reportSnapshot(), notes: 'x'.repeat(SNAPSHOT_LIMITS.textChars + 1) }, 'limit', 'notes');
  });
});

import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { reportFigures } from '../model/figures';
import { pdfText, saveArtifact } from '../pdfText.testing';
import { renderReportPdf } from '../render';
import type { ReportSnapshot } from '../snapshot';
import { ADVICE_DISCLAIMER } from './rebalancing';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A snapshot as stored before schema 3: none of the fields schema 3 added for the advice. */
function withoutAdviceFields(snapshot: ReportSnapshot): ReportSnapshot {
  return {
    ...snapshot,
    holdings: snapshot.holdings.map(({ liquidity: _l, lockedUntil: _u, ...h }) => h),
    suggestedProducts: snapshot.suggestedProducts.map(({ onSale: _o, minPurchaseFen: _m, stepFen: _s, ...p }) => p),
  };
}

describe('the suggestion page (issue 12)', () => {
  it('says the advice is no offer and has the client sign and date it, on the page of the trades; no policy is surrendered', async () => {
    const snapshot = reportSnapshot();
    const { pdf } = await renderReportPdf(snapshot);
    saveArtifact('sample-allocation-advice', pdf);
    const pages = pdfText(pdf).split('\f');
    const advicePage = pages.find((page) => page.includes('建议交易'));
    expect(advicePage).toBeDefined();
    const page = squeeze(advicePage!);
    expect(page).toContain(squeeze(ADVICE_DISCLAIMER));
    for (const words of ['客户确认', '客户签名：', '日期：', '年', '月', '日']) expect(page).toContain(words);
    // The client's two insurance policies stay: the class is said to fall short instead.
    const trades = advicePage!.slice(advicePage!.indexOf('建议交易'), advicePage!.indexOf('未能调整至目标的类别'));
    expect(trades).toContain('赎回');
    expect(trades).not.toMatch(/赎回\s+保险保障类/);
    expect(trades).not.toContain('臻享年金保险');
    expect(page).toContain('保险保障类：需减配');
    const figures = reportFigures(snapshot);
    expect(figures.plan?.sales.some((s) => s.assetClass === 'insurance')).toBe(false);
    // Nor the closed-period bond (稳享一年定开债券, closed to 2027-03-31).
    expect(figures.plan?.sales.some((s) => s.productId === 'FI01')).toBe(false);
    expect(figures.plan?.sales.length).toBeGreaterThan(0);
  });

  it('reprints a snapshot before schema 3 with the suggestions it was given, whatever the product fields', async () => {
    const old: ReportSnapshot = { ...withoutAdviceFields(reportSnapshot()), schema: 2 };
    const figures = reportFigures(old);
    expect(figures.plan).toBeNull();
    // The model's first product per class to buy, for the whole amount: the old path.
    const buys = figures.lines.filter((l) => l.rebalanceFen > 0);
    expect(figures.suggestions.map((s) => [s.assetClass, s.amountFen])).toEqual(buys.map((l) => [l.assetClass, l.rebalanceFen]));
    const stored = await renderReportPdf(old);
    const withFields = await renderReportPdf({ ...reportSnapshot(), schema: 2 });
    expect(withFields.pdf.equals(stored.pdf)).toBe(true);
    const text = squeeze(pdfText(stored.pdf));
    expect(text).toContain('建议产品');
    expect(text).not.toContain('客户确认');
    expect(text).not.toContain(squeeze(ADVICE_DISCLAIMER));
  });
});

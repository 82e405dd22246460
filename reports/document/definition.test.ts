import type { Content } from './pdfTypes';
import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { REPORT_FONT } from '../fonts';
import { reportFigures } from '../model/figures';
import { DISCLOSURES } from '../snapshot';
import { SECTION_KEYS } from './blocks';
import { buildReportDefinition } from './definition';

/** Every node of a definition's content, depth first. */
function* nodes(content: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(content)) for (const c of content) yield* nodes(c);
  else if (content && typeof content === 'object') {
    yield content as Record<string, unknown>;
    for (const value of Object.values(content)) if (typeof value === 'object') yield* nodes(value);
  }
}
const sections = (content: Content) => [...nodes(content)].flatMap((n) => (typeof n.id === 'string' && n.id.startsWith('section-') ? [n.id.slice(8)] : []));
/** Every string in the content: text nodes, and the items of lists and table rows given as plain strings. */
function texts(content: Content): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) if (key !== 'svg' && key !== 'id') walk(inner);
  };
  walk(content);
  return found;
}
const options = { charts: true, font: REPORT_FONT };

describe('report definition', () => {
  it('has the allocation report sections in order', () => {
    const definition = buildReportDefinition(reportSnapshot(), options);
    expect(sections(definition.content)).toEqual(['cover', 'summary', 'allocation', 'holdings', 'performance', 'suitability', 'concentration', 'rebalancing', 'notes', 'advisor', 'disclosures']);
  });

  it('adds the service review, survey and plan to the annual report, in the declared order', () => {
    const found = sections(buildReportDefinition(reportSnapshot({ kind: 'annual_wealth' }), options).content);
    expect(found).toEqual(SECTION_KEYS.filter((k) => found.includes(k)));
    expect(found).toEqual(expect.arrayContaining(['service', 'survey', 'plan']));
    expect(found).toHaveLength(SECTION_KEYS.length);
  });

  it('prints the mandatory disclosures word for word', () => {
    const all = texts(buildReportDefinition(reportSnapshot(), options).content);
    for (const disclosure of DISCLOSURES) expect(all).toContain(disclosure);
  });

  it('flags a product above the client level, in holdings and suitability, and never suggests one', () => {
    const snapshot = reportSnapshot(); // C3 client holding 科技创新成长混合 (R4), and the model suggests an R4 alternative
    const figures = reportFigures(snapshot);
    expect(figures.unsuitableHoldings.map((h) => h.productId)).toEqual(['EQ02']);
    // Schema 3 buys only suitable products: the R4 alternative is left out, and the report says the class falls short.
    expect(figures.suggestions.length).toBeGreaterThan(0);
    expect(figures.suggestions.every((s) => s.suitability.suitable && s.productId !== 'ALT05')).toBe(true);
    expect(figures.plan?.classes.find((c) => c.assetClass === 'alternative')?.shortfall).toBe('no_product');
    const all = texts(buildReportDefinition(snapshot, options).content);
    expect(all.filter((t) => t.startsWith('超出风险承受能力'))).toHaveLength(2); // holdings table, suitability (holding)
    expect(all.filter((t) => t === '符合')).toHaveLength(snapshot.holdings.length - 1 + figures.suggestions.length);
  });

  it('judges every product on an expired or missing assessment, and says why', () => {
    const reasons = (options_: Parameters<typeof reportSnapshot>[0]) => {
      const figures = reportFigures(reportSnapshot(options_));
      return new Set([...figures.unsuitableHoldings.map((h) => figures.suitability.of(h.riskRating).reason), ...figures.suggestions.map((s) => s.suitability.reason)]);
    };
    expect(reasons({ riskAssessedAt: '2025-11-28' })).toEqual(new Set(['assessment_expired']));
    expect(reasons({ riskAssessedAt: null })).toEqual(new Set(['not_assessed']));
    const expired = reportSnapshot({ riskAssessedAt: '2025-11-28' });
    const figures = reportFigures(expired);
    expect(figures.unsuitableHoldings).toHaveLength(expired.holdings.length);
    expect(figures.suggestions).toEqual([]); // nothing is suggested until the client is assessed again
    const n = expired.holdings.length;
    const summary = texts(buildReportDefinition(expired, options).content).find((t) => t.startsWith('适当性检查发现'));
    expect(summary).toMatch(new RegExp(`^适当性检查发现 ${n} 项不适当的产品（风险评估已过期 ${n} 项），请尽快重新评估；`));
  });

  it('reprints a snapshot before schema 3 as it was given: the level alone decides, with the old flags', () => {
    const old = { ...reportSnapshot({ riskAssessedAt: '2025-11-28' }), schema: 2 as const };
    const figures = reportFigures(old);
    expect(figures.unsuitableHoldings.map((h) => h.productId)).toEqual(['EQ02']);
    const all = texts(buildReportDefinition(old, options).content);
    expect(all.filter((t) => t.startsWith('超出承受能力'))).toHaveLength(4);
    expect(all.some((t) => t.startsWith('超出风险承受能力'))).toBe(false);
  });

  it('flags an assessment older than 12 months as expired', () => {
    const expired = buildReportDefinition(reportSnapshot({ riskAssessedAt: '2025-11-28' }), options);
    expect(texts(expired.content).some((t) => t.startsWith('风险评估已过期'))).toBe(true);
    const valid = buildReportDefinition(reportSnapshot({ riskAssessedAt: '2025-11-29' }), options);
    expect(texts(valid.content).some((t) => t.startsWith('风险评估已过期'))).toBe(false);
  });

  it('prints the last valid day of the assessment, and reprints an older report as it was given', () => {
    const validity = (schema: 1 | 2) => texts(buildReportDefinition({ ...reportSnapshot({ riskAssessedAt: '2025-11-29' }), schema }, options).content).find((t) => t.startsWith('风险评估有效'));
    expect(validity(2)).toContain('有效期至 2026-11-28');
    expect(validity(1)).toContain('有效期至 2026-11-29');
  });

  it('rebalances in whole fen that sum to zero, and prints the zero total', () => {
    const figures = reportFigures(reportSnapshot());
    expect(figures.lines.reduce((sum, l) => sum + l.rebalanceFen, 0)).toBe(0);
    expect(figures.lines.every((l) => Number.isInteger(l.rebalanceFen))).toBe(true);
    expect(texts(buildReportDefinition(reportSnapshot(), options).content)).toContain('¥0.00');
  });

  it('leaves the charts out of the plain rendering only', () => {
    const count = (charts: boolean) => [...nodes(buildReportDefinition(reportSnapshot(), { ...options, charts }).content)].filter((n) => typeof n.svg === 'string').length;
    expect(count(true)).toBe(3);
    expect(count(false)).toBe(0);
  });
});

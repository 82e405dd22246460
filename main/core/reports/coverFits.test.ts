import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bookFixture } from '../../../testing/bookFixture';
import { reportSnapshot } from '../../../testing/reportSnapshots';
import { nextReportNo } from './reportNumbers';
import { PAGE_HEIGHT, PAGE_MARGINS, PAGE_WIDTH } from '../../../reports/document/page';
import { saveArtifact } from '../../../reports/pdfText.testing';
import { renderReportPdf } from '../../../reports/render';
import { REPORT_NO_PATTERN } from '../../../reports/reportNumber';
import type { ReportSnapshot } from '../../../reports/snapshot';

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word of a PDF with its box in points (pdftotext -bbox: top-left origin). */
function pdfWords(pdf: Buffer): { pages: { width: number; height: number }[]; words: Word[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: { width: number; height: number }[] = [];
  const words: Word[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const number = (name: string, of: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(of)?.[1]);
    pages.push({ width: number('width', attributes), height: number('height', attributes) });
    for (const [, box = '', text = ''] of body.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
      words.push({ page: pages.length, xMin: number('xMin', box), yMin: number('yMin', box), xMax: number('xMax', box), yMax: number('yMax', box), text });
    }
  }
  return { pages, words };
}

/**
 * The text of each page in the order it is drawn (pdftotext -raw), without white space: the
 * turned watermark, whose glyphs -layout mixes into the lines it crosses, reads as one line here.
 */
function drawnText(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ''));
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Where text may be: inside the left and right margins on every line, header and footer
 * included (they sit in the top and bottom margins by design, 28 pt from the top and 18 pt
 * below the body), and nowhere nearer the top or bottom edge than that.
 */
const AREA = { left: PAGE_MARGINS[0], right: PAGE_WIDTH - PAGE_MARGINS[2], top: 20, bottom: PAGE_HEIGHT - 20 };
const SLACK = 0.5; // pdftotext rounds boxes to about a tenth of a point; a glyph's side bearing can touch the margin

function outside(words: Word[]): Word[] {
  return words.filter((w) => w.xMin < AREA.left - SLACK || w.xMax > AREA.right + SLACK || w.yMin < AREA.top - SLACK || w.yMax > AREA.bottom + SLACK);
}

const LONG_CJK_NAME = '欧阳'.repeat(32); // 64 characters: the longest name a client record takes
const LONG_WORD = 'W'.repeat(128); // an English name of one unbreakable word, in the widest letter
const LONG_WORDS = Array.from({ length: 16 }, () => 'Wolfgang').join(' ').slice(0, 128);

/** The longest of every cover, header and footer field (the snapshot's bounds), with `reportNo`. */
function longest(reportNo: string, options: { nameEn: string; kind?: ReportSnapshot['kind'] }): ReportSnapshot {
  const base = reportSnapshot({ kind: options.kind ?? 'allocation' });
  return {
    ...base,
    reportNo,
    title: '私人银行客户年度资产配置与财富传承综合规划报告'.repeat(9).slice(0, 200),
    client: { ...base.client, name: LONG_CJK_NAME, nameEn: options.nameEn, customerNo: 'W'.repeat(32), tier: 'hq_private' },
    advisor: {
      ...base.advisor,
      name: '慕容'.repeat(32),
      nameEn: LONG_WORDS,
      title: '高级私人银行家兼家族财富管理首席顾问'.repeat(4).slice(0, 64),
      branch: '中国某某银行股份有限公司上海市分行陆家嘴私人银行中心暨财富管理旗舰店'.repeat(4).slice(0, 128),
      employeeNo: 'W'.repeat(16),
    },
  };
}

/** The widest number the generator gives: a 16-character 工号 of the widest letter, a desk code and sequence of the widest digits. */
const WIDEST_NO = `2026-${'W'.repeat(16)}-WWWW-${'8'.repeat(7)}`;

describe('a cover that fits', () => {
  it('numbers 1,000 reports in the one fixed form, all different, the widest one within bounds', () => {
    const db = bookFixture({ clients: 'none' }).db;
    const advisors = [
      { id: 'ADV1', employeeNo: '011020345' },
      { id: 'ADV2', employeeNo: 'W'.repeat(16) },
      { id: 'ADV3', employeeNo: 'x'.repeat(32) },
    ];
    const numbers = Array.from({ length: 1000 }, (_, i) => nextReportNo(db, advisors[i % 3]!, 2026 + Math.floor(i / 500)));
    for (const number of numbers) expect(number).toMatch(REPORT_NO_PATTERN);
    expect(new Set(numbers).size).toBe(1000);
    const widest = Math.max(...numbers.map((n) => n.length));
    expect(widest).toBeLessThanOrEqual(`2026-${'W'.repeat(16)}-WWWW-000000`.length);
    expect(WIDEST_NO).toMatch(REPORT_NO_PATTERN);
  });

  // The worst cases: the widest number with the longest names, the name as one long word and as
  // many, the annual kind; each must keep every word (watermark included) inside the area.
  const cases: [string, ReportSnapshot][] = [
    ['longest-one-word', longest(WIDEST_NO, { nameEn: LONG_WORD })],
    ['longest-words', longest(WIDEST_NO, { nameEn: LONG_WORDS, kind: 'annual_wealth' })],
    ['usual', reportSnapshot()],
  ];
  it.each(cases)('keeps every word of every page inside the printable area: %s', async (name, snapshot) => {
    const { pdf, pages } = await renderReportPdf(snapshot);
    saveArtifact(`cover-fits-${name}`, pdf);
    const { pages: sizes, words } = pdfWords(pdf);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size).toEqual({ width: 595.28, height: 841.89 });
    expect(outside(words)).toEqual([]);
    const drawn = drawnText(pdf);
    expect(drawn).toHaveLength(pages);
    // All of each field is printed (wrapped, not cut), and the cover is still one page.
    const [cover = ''] = drawn;
    for (const field of [snapshot.title, snapshot.client.name, snapshot.client.nameEn, snapshot.client.customerNo, snapshot.reportNo!, snapshot.advisor.name, snapshot.advisor.title, snapshot.advisor.branch]) {
      expect(cover).toContain(squeeze(field));
    }
    expect(cover).toContain('本报告仅供客户本人参阅');
    for (const page of drawn) {
      expect(page).toContain(`报告编号${snapshot.reportNo}`);
      expect(page).toContain(squeeze(`仅供 ${snapshot.client.name} 本人参阅 · ${snapshot.asOf}`));
      expect(page).not.toContain(snapshot.reportId);
    }
  });

  it('finds what ran off the page before: schema 2 printing a uuid and the long names', async () => {
    const old = { ...longest(WIDEST_NO, { nameEn: LONG_WORD }), schema: 2 as const, reportId: '019ad0f3-7c1e-7a3b-9f42-5be8c1d07e9a' };
    const off = outside(pdfWords((await renderReportPdf(old)).pdf).words);
    expect(off.length).toBeGreaterThan(0);
    expect(off.some((w) => w.text.includes('019ad0f3'))).toBe(true);
  });

  it('marks each page for the client in words she reads, and prints no internal id', async () => {
    const snapshot = reportSnapshot();
    const { pdf, pages } = await renderReportPdf(snapshot);
    const drawn = drawnText(pdf);
    expect(drawn).toHaveLength(pages);
    for (const page of drawn) {
      expect(page).toContain('仅供王雅琴本人参阅·2026-11-28');
      for (const id of [snapshot.advisor.id, snapshot.reportId, snapshot.client.id]) expect(page).not.toContain(id);
    }
  });

  it('reprints schema 2 as it was given: the id as the number, the advisor id as the mark', async () => {
    const snapshot = { ...reportSnapshot(), schema: 2 as const };
    const drawn = drawnText((await renderReportPdf(snapshot)).pdf);
    for (const page of drawn) {
      expect(page).toContain(`报告编号${snapshot.reportId}`);
      expect(page).toContain(`${snapshot.advisor.id}·2026-11-28`);
      expect(page).not.toContain(snapshot.reportNo!);
      expect(page).not.toContain('本人参阅·');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkCompliance } from './compliance';
import type { PromiseCategory } from './promiseRules';
import { PROMISE_CORPUS, type CorpusEvasion, type CorpusLine } from './promiseCorpus.testing';

/** Lines per category the corpus must hold; a Record so a new category cannot be forgotten. */
const MIN_PER_CATEGORY: Record<PromiseCategory, number> = {
  guarantee: 40,
  noRisk: 40,
  rigidRedemption: 40,
  certainty: 40,
  statedReturn: 40,
  depositSafety: 40,
  falseScarcity: 40,
};
const CATEGORIES = Object.keys(MIN_PER_CATEGORY) as PromiseCategory[];
const MIN_EVASIONS_PER_CATEGORY = 5;

/** What each kind of evasion must visibly contain, so a label cannot drift from its text. */
const EVASION_MARK: Record<CorpusEvasion, RegExp | null> = {
  // Characters that exist only in 繁體 (their simplified forms differ).
  traditional: /[證險風無憂賺賠剛兌虧穩漲報額搶趕錯過後銀們這個產確絕對諾還區當於樣沒僅買來現實際預業績準較謹須為屬險資說書週見復問幫給發連帶給擔鎖場頂紙隻塊會應淨經請財運權復選項錢開們學時間樂闔體歡參舉辦陳顧郵戶]/u,
  fullWidth: /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e]/u,
  spacing: /\p{Script=Han}[ \u3000]+\p{Script=Han}/u,
  zeroWidth: /[\u200b-\u200f\u2060-\u2064\ufeff]/u,
  apart: null,
};
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u3000]/gu;

type Finding = ReturnType<typeof checkCompliance>[number];

/** A line for the log: invisible characters shown as escapes. */
function shown(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
function shownFindings(findings: readonly Finding[]): string {
  return findings.length === 0 ? '(none)' : findings.map((f) => `${f.category}/${f.rule}「${f.term}」`).join(', ');
}

const nonCompliant = PROMISE_CORPUS.filter((line): line is CorpusLine & { category: PromiseCategory } => line.category !== null);
const compliant = PROMISE_CORPUS.filter((line) => line.category === null);
const nearMisses = compliant.filter((line) => line.nearMiss === true);
const evasions = nonCompliant.filter((line) => line.evasion !== undefined);

describe('promise check corpus', () => {
  it('is large, balanced, marked as it says and free of duplicates', () => {
    expect(nonCompliant.length).toBeGreaterThanOrEqual(320);
    expect(compliant.length).toBeGreaterThanOrEqual(320);
    expect(nearMisses.length).toBeGreaterThanOrEqual(150);
    expect(evasions.length).toBeGreaterThanOrEqual(60);
    for (const category of CATEGORIES) {
      const lines = nonCompliant.filter((line) => line.category === category);
      expect(lines.length, category).toBeGreaterThanOrEqual(MIN_PER_CATEGORY[category]);
      expect(lines.filter((line) => line.evasion !== undefined).length, `${category} evasions`).toBeGreaterThanOrEqual(MIN_EVASIONS_PER_CATEGORY);
    }
    // Only compliant lines are near misses; every category named is a real one.
    expect(nonCompliant.filter((line) => line.nearMiss === true).map((line) => line.text)).toEqual([]);
    expect(nonCompliant.filter((line) => !CATEGORIES.includes(line.category)).map((line) => line.text)).toEqual([]);

    const seen = new Set<string>();
    const duplicates = PROMISE_CORPUS.filter((line) => (seen.has(line.text) ? true : (seen.add(line.text), false))).map((line) => line.text);
    expect(duplicates).toEqual([]);

    // An evasion's label matches its text; invisible characters appear only where labelled.
    const mislabelled = PROMISE_CORPUS.filter((line) => {
      const mark = line.evasion === undefined ? null : EVASION_MARK[line.evasion];
      return mark !== null && !mark.test(line.text);
    }).map((line) => `${line.evasion}: ${shown(line.text)}`);
    expect(mislabelled).toEqual([]);
    const strayInvisible = PROMISE_CORPUS.filter((line) => line.evasion !== 'zeroWidth' && EVASION_MARK.zeroWidth!.test(line.text)).map((line) => shown(line.text));
    expect(strayInvisible).toEqual([]);
    expect(PROMISE_CORPUS.filter((line) => line.text.trim() !== line.text || line.text.length === 0).map((line) => shown(line.text))).toEqual([]);
  });

  it('is caught in full by the promise check, with few false alarms and the right categories', () => {
    const results = PROMISE_CORPUS.map((line) => ({ line, findings: checkCompliance(line.text) }));
    const flagged = results.filter((r) => r.findings.length > 0);
    const misses = results.filter((r) => r.line.category !== null && r.findings.length === 0);
    const falseAlarms = flagged.filter((r) => r.line.category === null);
    const wrongCategory = results.filter((r) => r.line.category !== null && r.findings.length > 0 && !r.findings.some((f) => f.category === r.line.category));
    const agreed = results.filter((r) => r.line.category !== null && r.findings.some((f) => f.category === r.line.category));

    const recall = (nonCompliant.length - misses.length) / nonCompliant.length;
    const precision = flagged.length === 0 ? 0 : (flagged.length - falseAlarms.length) / flagged.length;
    const agreement = agreed.length / nonCompliant.length;

    const rows = CATEGORIES.map((category) => {
      const mine = results.filter((r) => r.line.category === category);
      return {
        label: category,
        lines: mine.length,
        evasions: mine.filter((r) => r.line.evasion !== undefined).length,
        caught: mine.filter((r) => r.findings.length > 0).length,
        agreed: mine.filter((r) => r.findings.some((f) => f.category === category)).length,
        // Findings of this category on lines labelled otherwise: overlap, not an error.
        elsewhere: results.filter((r) => r.line.category !== category && r.findings.some((f) => f.category === category)).length,
      };
    });
    const compliantResults = results.filter((r) => r.line.category === null);
    const nearMissAlarms = compliantResults.filter((r) => r.line.nearMiss === true && r.findings.length > 0).length;
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    const report = [
      `promise corpus: recall ${pct(recall)}  precision ${pct(precision)}  category agreement ${pct(agreement)}`,
      `  non-compliant ${nonCompliant.length} (evasions ${evasions.length}), compliant ${compliant.length} (near misses ${nearMisses.length}), flagged ${flagged.length}`,
      '  category          lines evasions caught agreed elsewhere',
      ...rows.map((r) => `  ${r.label.padEnd(16)} ${String(r.lines).padStart(6)} ${String(r.evasions).padStart(8)} ${String(r.caught).padStart(6)} ${String(r.agreed).padStart(6)} ${String(r.elsewhere).padStart(9)}`),
      `  compliant        ${String(compliant.length).padStart(6)}  false alarms ${falseAlarms.length} (on near misses ${nearMissAlarms} of ${nearMisses.length})`,
      `misses (${misses.length}):`,
      ...misses.map((r) => `  [${r.line.category}${r.line.evasion ? `, ${r.line.evasion}` : ''}] ${shown(r.line.text)}`),
      `false alarms (${falseAlarms.length}):`,
      ...falseAlarms.map((r) => `  ${shown(r.line.text)}  →  ${shownFindings(r.findings)}`),
      `wrong category (${wrongCategory.length}):`,
      ...wrongCategory.map((r) => `  [${r.line.category}] ${shown(r.line.text)}  →  ${shownFindings(r.findings)}`),
    ].join('\n');
    console.log(report);

    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});

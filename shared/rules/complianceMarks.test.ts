import { describe, expect, it } from 'vitest';
import { markComplianceTerms, termOccurs } from './complianceMarks';

describe('markComplianceTerms', () => {
  const hits = (text: string, terms: string[]) =>
    markComplianceTerms(text, terms)
      .filter((s) => s.hit)
      .map((s) => s.text);

  it('marks each occurrence and keeps every character in order', () => {
    const segments = markComplianceTerms('本产品保本保收益，保本！', ['保本', '保收益']);
    expect(segments.map((s) => s.text).join('')).toBe('本产品保本保收益，保本！');
    expect(segments).toEqual([
      { text: '本产品', hit: false },
      { text: '保本保收益', hit: true },
      { text: '，', hit: false },
      { text: '保本', hit: true },
      { text: '！', hit: false },
    ]);
  });

  it('finds the term the way the check does: spaces, invisible marks, full-width forms, case', () => {
    expect(hits('绝对保 本', ['保本'])).toEqual(['保 本']);
    expect(hits('保\u200b本哦', ['保本'])).toEqual(['保\u200b本']);
    expect(hits('１００％收益', ['100%收益'])).toEqual(['１００％收益']);
  });

  it('leaves text without a term alone, emoji included', () => {
    expect(markComplianceTerms('稳健配置 👍', ['保本'])).toEqual([{ text: '稳健配置 👍', hit: false }]);
    expect(markComplianceTerms('', ['保本'])).toEqual([]);
  });
});

describe('termOccurs', () => {
  it('reads text and term with the check\'s normaliser', () => {
    expect(termOccurs('保 本哦', '保本')).toBe(true);
    expect(termOccurs('稳健', '保本')).toBe(false);
    expect(termOccurs('稳健', ' ')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCompliance } from './compliance';

describe('compliance check of outgoing text', () => {
  it('finds promises of returns or safety, the most specific term first', () => {
    expect(checkCompliance('这款产品保本保收益，请放心')).toEqual([{ term: '保本' }, { term: '保收益' }]);
    expect(checkCompliance('稳赚不赔')).toEqual([{ term: '稳赚不赔' }]);
    expect(checkCompliance('保本保息的理财')).toEqual([{ term: '保本保息' }]);
  });

  it('is not fooled by spaces, zero-width characters or full-width forms', () => {
    expect(checkCompliance('保 本')).toEqual([{ term: '保本' }]);
    expect(checkCompliance('零\u200b风险')).toEqual([{ term: '零风险' }]);
    expect(checkCompliance('１００％收益')).toEqual([{ term: '100%收益' }]);
  });

  it('lets ordinary advice through', () => {
    expect(checkCompliance('理财非存款、产品有风险、投资须谨慎。本产品风险等级R2。')).toEqual([]);
  });
});

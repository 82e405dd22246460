import { describe, expect, it } from 'vitest';
import { checkCompliance } from './compliance';
import { parseConfiguredPromiseRules } from './promiseRules';

const rules = (text: string) => checkCompliance(text).map((f) => f.rule);
const terms = (text: string) => checkCompliance(text).map((f) => f.term);

describe('the promise check of outgoing text', () => {
  it('finds promises by pattern, naming the rule and the words as written', () => {
    expect(rules('保证收益8%')).toEqual(['guarantee.promise', 'statedReturn.promised']);
    expect(rules('包赚')).toEqual(['guarantee.sure_win']);
    expect(rules('本金无忧，收益稳定')).toEqual(['guarantee.principal', 'certainty.fixed_return']);
    expect(rules('年化收益5%，肯定能拿到')).toEqual(['statedReturn.promised', 'certainty.sure_return']);
    expect(rules('稳赚不赔')).toEqual(['noRisk.no_loss']);
    expect(terms('这款产品保本保收益，请放心')).toEqual(['保本', '保收益']);
  });

  it('is not fooled by traditional characters, spaces, zero-width characters or full-width forms', () => {
    expect(terms('保證收益，穩賺不賠')).toEqual(['保證收益，穩賺', '穩賺不賠']);
    expect(terms('保 本')).toEqual(['保 本']);
    expect(terms('零\u200b风险')).toEqual(['零\u200b风险']);
    expect(rules('收益率８％没问题')).toEqual(['certainty.sure_return', 'statedReturn.promised']);
    expect(rules('收益方面，我跟您保证，一分不会少').length).toBeGreaterThan(0);
  });

  it('gives the span of each finding in characters of the text', () => {
    const [finding] = checkCompliance('王女士您好，这款零风险');
    expect(finding).toMatchObject({ term: '零风险', start: 8, end: 11 });
  });

  it('lets negations and disclosures through', () => {
    for (const text of ['本产品不保本', '非保本浮动收益型', '不承诺收益', '理财非存款、产品有风险、投资须谨慎', '过往业绩不代表未来表现', '本產品不保本', '无风险利率下行', '收益肯定有波动', '这款产品和存款不一样，有风险', '固定收益类产品，风险等级R2']) {
      expect(checkCompliance(text), text).toEqual([]);
    }
  });

  it('still finds a promise beside a disclosure', () => {
    expect(rules('虽然不保本，但是零风险')).toEqual(['noRisk.none']);
  });
});

describe("the bank's own rules, by configuration", () => {
  it('adds a valid rule and refuses a bad one by name, keeping the others', () => {
    const { rules: added, refused } = parseConfiguredPromiseRules({
      rules: [
        { id: 'bank.vip_only', category: 'falseScarcity', pattern: '内部额度' },
        { id: 'bank.broken', category: 'guarantee', pattern: '(unclosed' },
        { id: 'bank.no_category', category: 'nonsense', pattern: 'x' },
        { id: 'guarantee.promise', category: 'guarantee', pattern: 'x' },
      ],
    });
    expect(added.map((r) => r.id)).toEqual(['bank.vip_only']);
    expect(refused.map((r) => r.rule)).toEqual(['bank.broken', 'bank.no_category', 'guarantee.promise']);
    expect(refused[0]!.problem).toMatch(/pattern/);
    expect(checkCompliance('这是内部额度', added).map((f) => f.rule)).toEqual(['bank.vip_only']);
  });

  it('refuses a file that is not a rule list', () => {
    expect(parseConfiguredPromiseRules([1, 2]).refused).toEqual([{ rule: '(file)', problem: 'expected { "rules": [ … ] }' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../rules/compliance';
import { fillTemplate, REPLY_TEMPLATES, salutation, templatesFor } from './templates';

describe('reply templates', () => {
  it('address the client as the bank does', () => {
    expect(salutation('王雅琴', 'female')).toBe('王女士');
    expect(salutation('李明', 'male')).toBe('李先生');
    expect(salutation('欧阳明月', 'male')).toBe('欧阳先生');
    expect(salutation('张伟', null)).toBe('张伟');
  });

  it('fill every field from the client record', () => {
    const text = fillTemplate(REPLY_TEMPLATES.find((t) => t.id === 'product-risk')!, { name: '王雅琴', gender: 'female', riskLevel: 'C3', advisorName: '李明轩' });
    expect(text).toContain('王女士');
    expect(text).toContain('C3');
    expect(text).not.toMatch(/\{\{/);
  });

  it('offer first those that answer the client’s last question, and search', () => {
    const list = templatesFor('我的理财产品下周到期了，怎么办？', '');
    expect(list[0]).toMatchObject({ template: { id: 'product-maturity' }, suggested: true });
    expect(templatesFor(null, '面谈').map((t) => t.template.id)).toContain('service-appointment');
  });

  it('never promise returns or safety themselves', () => {
    for (const template of REPLY_TEMPLATES) expect(checkCompliance(template.text), template.id).toEqual([]);
  });
});

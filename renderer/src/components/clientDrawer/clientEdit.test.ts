import { describe, expect, it } from 'vitest';
import { clientEditFields, clientEditIssues, clientFormValues } from './clientEdit';

const saved = {
  tags: ['高净值', '企业主'],
  preferredChannel: 'wecom' as const,
  contactPrefs: null,
  notes: '喜欢稳健产品',
  familyNotes: null,
  enterpriseNotes: null,
};

describe('client edit form', () => {
  it('shows nulls as empty text boxes', () => {
    expect(clientFormValues(saved)).toEqual({
      tags: ['高净值', '企业主'],
      preferredChannel: 'wecom',
      contactPrefs: '',
      notes: '喜欢稳健产品',
      familyNotes: '',
      enterpriseNotes: '',
    });
  });

  it('sends nothing when nothing changed, blank boxes included', () => {
    expect(clientEditFields(saved, clientFormValues(saved))).toEqual({});
    expect(clientEditFields(saved, { ...clientFormValues(saved), familyNotes: '  ', tags: [' 高净值', '企业主', '企业主'] })).toEqual({});
  });

  it('sends only what changed, blank text as null', () => {
    const values = { ...clientFormValues(saved), notes: '', familyNotes: '两个孩子在读书', preferredChannel: null, tags: ['企业主'] };
    expect(clientEditFields(saved, values)).toEqual({ notes: null, familyNotes: '两个孩子在读书', preferredChannel: null, tags: ['企业主'] });
  });

  it('finds the schema problems with the paths main would use', () => {
    expect(clientEditIssues({ notes: 'ok' })).toEqual([]);
    const issues = clientEditIssues({ contactPrefs: 'x'.repeat(201), tags: ['a'.repeat(33)] });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['input.fields.contactPrefs', 'input.fields.tags.0']);
    expect(clientEditIssues({}).map((issue) => issue.path)).toEqual(['input.fields']);
  });
});

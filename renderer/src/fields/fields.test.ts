import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/api';
import { displayValue } from './displayValue';
import { fieldLabel } from './fieldNames';
import { antdFieldErrors, formErrorsFromIssues } from './formErrors';
import { themeLabel } from './interactionThemes';
import { normalizeTags, textOrNull } from './textValue';

/** Keys come back as written, with their values (not the fallback), so the mapping is visible. */
const t = ((key: string, options?: Record<string, unknown>) => {
  if (!options) return key;
  const { defaultValue: _fallback, ...values } = options;
  return `${key}${JSON.stringify(values)}`;
}) as unknown as TFunction;

describe('formErrorsFromIssues', () => {
  const fields = ['notes', 'tags', 'summary'] as const;
  const issue = (path: string, reason: FieldIssue['reason'], params: FieldIssue['params'] = {}): FieldIssue => ({ path, reason, params, message: `${path}: ${reason}` });

  it('puts clients.update details on the fields they name, translated by reason with their numbers', () => {
    const errors = formErrorsFromIssues(
      [issue('input.fields.notes', 'too_long', { max: 20_000 }), issue('input.fields.tags.3', 'too_long', { max: 32 }), issue('input.fields.tags.7', 'too_short', { min: 1 })],
      fields,
      'client',
      t,
    );
    expect(errors.fields).toEqual({
      notes: ['errors.field.too_long{"max":"20,000"}'],
      tags: ['errors.field.too_long{"max":"32"}', 'errors.field.too_short{"min":"1"}'],
    });
    expect(errors.other).toEqual([]);
  });

  it('reads flat inputs (interactions.log) and bare paths too', () => {
    const errors = formErrorsFromIssues([issue('input.summary', 'wrong_type'), issue('fields.notes', 'promise', { term: '保本' })], fields, 'interaction', t);
    expect(errors.fields).toEqual({ summary: ['errors.field.wrong_type{}'], notes: ['errors.field.promise{"term":"保本"}'] });
  });

  it('keeps what belongs to no field apart, named by the field when known, never by its path', () => {
    const errors = formErrorsFromIssues([issue('input.fields', 'invalid'), issue('input.clientId', 'required'), issue('input.fields.deleted', 'unknown_field')], fields, 'interaction', t);
    expect(errors.fields).toEqual({});
    expect(errors.other).toEqual([
      'errors.field.invalid{}',
      'errors.field.required{}',
      'errors.fieldNamed{"field":"interactionFields.deleted","message":"errors.field.unknown_field{}"}',
    ]);
    for (const line of errors.other) expect(line).not.toContain('input.');
  });

  it('clears listed fields that have no error now', () => {
    const errors = formErrorsFromIssues([issue('input.fields.notes', 'too_long', { max: 10 })], fields, 'client', t);
    expect(antdFieldErrors(errors, fields)).toEqual([
      { name: 'notes', errors: ['errors.field.too_long{"max":"10"}'] },
      { name: 'tags', errors: [] },
      { name: 'summary', errors: [] },
    ]);
  });
});

describe('text values', () => {
  it('stores blank text as null and keeps the rest as typed', () => {
    expect(textOrNull('')).toBeNull();
    expect(textOrNull('   \n')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
    expect(textOrNull(' 早上联系 ')).toBe(' 早上联系 ');
  });

  it('trims, drops blank and repeated tags, keeping order', () => {
    expect(normalizeTags([' 高净值 ', '', '高净值', '企业主', '  '])).toEqual(['高净值', '企业主']);
    expect(normalizeTags(undefined)).toEqual([]);
  });
});

describe('field names and values for people', () => {
  it('names editable client fields and interaction fields, else shows the key', () => {
    expect(fieldLabel('client', 'notes', t)).toBe('clientFields.notes');
    expect(fieldLabel('interaction', 'summary', t)).toBe('interactionFields.summary');
    expect(fieldLabel('client', 'summary', t)).toBe('summary');
    expect(fieldLabel('interaction', 'aumFen', t)).toBe('aumFen');
  });

  it('shows empty, lists, yes/no, channels, themes and instants readably', () => {
    expect(displayValue('notes', null, t)).toBe('common.empty');
    expect(displayValue('notes', '', t)).toBe('common.empty');
    expect(displayValue('tags', [], t)).toBe('common.empty');
    expect(displayValue('tags', ['高净值', '企业主'], t)).toBe('高净值common.listSeparator企业主');
    expect(displayValue('isAllocationReview', true, t)).toBe('common.yes');
    expect(displayValue('preferredChannel', 'wecom', t)).toBe('channel.wecom');
    expect(displayValue('channel', 'carrier-pigeon', t)).toBe('carrier-pigeon');
    expect(displayValue('theme', '资产配置检视', t)).toBe('interactionTheme.allocation_review');
    expect(displayValue('theme', '孩子留学', t)).toBe('孩子留学');
    expect(displayValue('occurredAt', '2026-03-02T09:30:00+08:00', t)).toMatch(/^2026-03-0[12] \d\d:30$/);
    expect(displayValue('x', 3, t)).toBe('3');
    expect(displayValue('x', { a: 1 }, t)).toBe('{"a":1}');
  });

  it('translates glossary themes and keeps free text', () => {
    expect(themeLabel('节日问候', t)).toBe('interactionTheme.festive_greeting');
    expect(themeLabel('家族信托', t)).toBe('家族信托');
  });
});

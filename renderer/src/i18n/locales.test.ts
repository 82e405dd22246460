import { describe, expect, it } from 'vitest';
import { AUM_BANDS, ERROR_CODES, outboxItemSchema, searchHitSchema } from '../../../shared/api';
import { ASSET_CLASSES, CHANNELS, CLIENT_RISK_LEVELS, GENDERS, INTERACTION_THEMES, PRODUCT_RISK_RATINGS, REPORT_KINDS, TIERS } from '../../../shared/domain';
import { EDITABLE_CLIENT_FIELDS } from '../../../shared/wire';
import { INTERACTION_FIELD_NAMES } from '../fields/fieldNames';
import { THEME_KEYS } from '../fields/interactionThemes';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** Every leaf key as a dotted path, with its value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** `{{name}}` placeholders in a translation. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const locales = { 'zh-CN': leaves(zhCN), en: leaves(en) };

describe('locale files', () => {
  it('have exactly the same keys, nested', () => {
    const zhKeys = [...locales['zh-CN'].keys()].sort();
    const enKeys = [...locales.en.keys()].sort();
    expect(enKeys.filter((k) => !locales['zh-CN'].has(k))).toEqual([]);
    expect(zhKeys.filter((k) => !locales.en.has(k))).toEqual([]);
    expect(enKeys).toEqual(zhKeys);
  });

  it('have no empty values and only strings at the leaves', () => {
    for (const [name, map] of Object.entries(locales)) {
      for (const [key, value] of map) {
        expect(typeof value, `${name}: ${key}`).toBe('string');
        expect((value as string).trim(), `${name}: ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, zhValue] of locales['zh-CN']) {
      const enValue = locales.en.get(key);
      expect(placeholders(String(enValue)), key).toEqual(placeholders(String(zhValue)));
    }
  });

  it('avoid plural suffixes, which would differ between the languages', () => {
    for (const key of locales['zh-CN'].keys()) expect(key).not.toMatch(/_(zero|one|two|few|many|other)$/);
  });

  it('name every glossary term', () => {
    for (const map of Object.values(locales)) {
      for (const tier of TIERS) expect(map.has(`tier.${tier}`), tier).toBe(true);
      for (const level of CLIENT_RISK_LEVELS) expect(map.has(`riskLevel.${level}`), level).toBe(true);
      for (const rating of PRODUCT_RISK_RATINGS) expect(map.has(`productRisk.${rating}`), rating).toBe(true);
      for (const assetClass of ASSET_CLASSES) expect(map.has(`assetClass.${assetClass}`), assetClass).toBe(true);
      for (const channel of CHANNELS) expect(map.has(`channel.${channel}`), channel).toBe(true);
      for (const code of ERROR_CODES) expect(map.has(`errors.${code}`), code).toBe(true);
      for (const theme of INTERACTION_THEMES) expect(map.has(`interactionTheme.${THEME_KEYS[theme]}`), theme).toBe(true);
      for (const field of EDITABLE_CLIENT_FIELDS) expect(map.has(`clientFields.${field}`), field).toBe(true);
      for (const field of INTERACTION_FIELD_NAMES) expect(map.has(`interactionFields.${field}`), field).toBe(true);
      for (const entity of outboxItemSchema.shape.entity.options) expect(map.has(`outbox.entity.${entity}`), entity).toBe(true);
      for (const op of outboxItemSchema.shape.op.options) expect(map.has(`outbox.op.${op}`), op).toBe(true);
      for (const status of outboxItemSchema.shape.status.options) expect(map.has(`outbox.status.${status}`), status).toBe(true);
      for (const kind of REPORT_KINDS) expect(map.has(`reportKind.${kind}`), kind).toBe(true);
      for (const gender of GENDERS) expect(map.has(`gender.${gender}`), gender).toBe(true);
      for (const band of AUM_BANDS) expect(map.has(`aumBand.${band}`), band).toBe(true);
      for (const matched of searchHitSchema.shape.matched.options) expect(map.has(`search.matched.${matched}`), matched).toBe(true);
    }
    // The themes keep their glossary wording in Chinese.
    for (const theme of INTERACTION_THEMES) expect(locales['zh-CN'].get(`interactionTheme.${THEME_KEYS[theme]}`)).toBe(theme);
    expect(locales['zh-CN'].get('riskLevel.C1')).toBe('保守型');
    expect(locales['zh-CN'].get('riskLevel.C5')).toBe('激进型');
    expect(locales['zh-CN'].get('tier.hq_private')).toBe('总行级私人银行客户');
    expect(locales.en.get('assetClass.fixed_income')).toBe('Fixed income');
    expect(locales['zh-CN'].get('reportKind.annual_wealth')).toBe('年度财富管理报告');
    expect(locales['zh-CN'].get('search.empty')).toBe('没有找到匹配的客户');
    expect(['under_6m', '6m_to_30m', '30m_to_100m', '100m_plus'].map((band) => locales['zh-CN'].get(`aumBand.${band}`))).toEqual([
      '600万以下',
      '600万–3000万',
      '3000万–1亿',
      '1亿以上',
    ]);
  });
});

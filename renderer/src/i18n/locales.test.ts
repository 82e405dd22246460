import { describe, expect, it } from 'vitest';
import { AUM_BAND_FEN, AUM_BANDS, batchStatusSchema, CADENCE_MEASURES, CADENCE_STATUSES, ERROR_CODES, ERROR_REASONS, errorReasons, FIELD_REASONS, INVESTMENT_HORIZONS, MONTH_STATES, outboxItemSchema, PLAN_KINDS, RISK_APPETITE_CHANGES, searchHitSchema, WORK_REASONS } from '../../../shared/api';
import { MONTH_KEYS } from '../components/cadence/cadenceLabels';
import { ASSET_CLASSES, CHANNELS, CLIENT_RISK_LEVELS, DELIVERY_CHANNELS, GENDERS, INTERACTION_THEMES, PRODUCT_RISK_RATINGS, REPORT_KINDS, TIERS } from '../../../shared/domain';
import { formatWan } from '../../../shared/format';
import { SUITABILITY_REASONS } from '../../../shared/rules/suitability';
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
      for (const channel of DELIVERY_CHANNELS) expect(map.has(`deliveryChannel.${channel}`), channel).toBe(true);
      for (const horizon of INVESTMENT_HORIZONS) expect(map.has(`investmentHorizon.${horizon}`), horizon).toBe(true);
      for (const change of RISK_APPETITE_CHANGES) expect(map.has(`riskAppetiteChange.${change}`), change).toBe(true);
      for (const state of batchStatusSchema.shape.state.options) expect(map.has(`batch.state.${state}`), state).toBe(true);
      for (const gender of GENDERS) expect(map.has(`gender.${gender}`), gender).toBe(true);
      for (const band of AUM_BANDS) expect(map.has(`aumBand.${band}`), band).toBe(true);
      for (const matched of searchHitSchema.shape.matched.options) expect(map.has(`search.matched.${matched}`), matched).toBe(true);
      for (const status of CADENCE_STATUSES) expect(map.has(`cadence.status.${status}`), status).toBe(true);
      for (const state of MONTH_STATES) expect(map.has(`cadence.monthState.${state}`), state).toBe(true);
      for (const measure of CADENCE_MEASURES) expect(map.has(`cadence.measure.${measure}`), measure).toBe(true);
      for (const reason of WORK_REASONS) expect(map.has(`cadence.reason.${reason}`), reason).toBe(true);
      for (const kind of PLAN_KINDS) expect(map.has(`cadence.planKind.${kind}`), kind).toBe(true);
      for (const standing of ['met', 'onPace', 'behind']) expect(map.has(`cadence.standing.${standing}`), standing).toBe(true);
      for (const month of MONTH_KEYS) expect(map.has(`month.${month}`), month).toBe(true);
      for (const reason of SUITABILITY_REASONS) expect(map.has(`suitability.${reason}`), reason).toBe(true);
    }
    // 12-4-2-1 in the bank's words.
    const zh = (key: string) => locales['zh-CN'].get(key);
    expect(CADENCE_STATUSES.map((status) => zh(`cadence.status.${status}`))).toEqual(['已达标', '按计划', '有风险', '落后', '不适用']);
    expect(MONTH_STATES.map((state) => zh(`cadence.monthState.${state}`))).toEqual(['已联系', '已错过', '本月待联系', '未到', '不适用']);
    expect(CADENCE_MEASURES.map((measure) => zh(`cadence.measure.${measure}`))).toEqual(['每月主题联系', '资产配置检视', '面谈检视', '年度报告']);
    expect(WORK_REASONS.map((reason) => zh(`cadence.reason.${reason}`))).toEqual(['本月待联系', '本月需资产配置检视', '本月需面谈检视', '年度报告待交付']);
    expect(PLAN_KINDS.map((kind) => zh(`cadence.planKind.${kind}`))).toEqual(['主题联系', '资产配置检视', '面谈检视', '交付年度报告']);
    expect(zh('cadence.title')).toBe('12-4-2-1 服务进度');
    // Suitability says why, in the words the reports print.
    expect(SUITABILITY_REASONS.map((reason) => zh(`suitability.${reason}`))).toEqual(['符合', '未评估', '风险评估已过期', '超出风险承受能力']);
    // The themes keep their glossary wording in Chinese.
    for (const theme of INTERACTION_THEMES) expect(locales['zh-CN'].get(`interactionTheme.${THEME_KEYS[theme]}`)).toBe(theme);
    expect(locales['zh-CN'].get('riskLevel.C1')).toBe('保守型');
    expect(locales['zh-CN'].get('riskLevel.C5')).toBe('激进型');
    expect(locales['zh-CN'].get('tier.hq_private')).toBe('总行级私人银行客户');
    expect(locales.en.get('assetClass.fixed_income')).toBe('Fixed income');
    expect(locales['zh-CN'].get('reportKind.annual_wealth')).toBe('年度财富管理报告');
    expect(DELIVERY_CHANNELS.map((channel) => zh(`deliveryChannel.${channel}`))).toEqual(['打印面交', '聊天发送', '客户下载']);
    expect(locales['zh-CN'].get('search.empty')).toBe('没有找到匹配的客户');
    expect(['under_6m', '6m_to_30m', '30m_to_100m', '100m_plus'].map((band) => locales['zh-CN'].get(`aumBand.${band}`))).toEqual([
      '600万以下',
      '600万–3000万',
      '3000万–1亿',
      '1亿以上',
    ]);
  });
});

/** Parameters a reason carries for the logs and support, deliberately left out of the sentence. */
const NOT_SHOWN: Record<string, readonly string[]> = {
  'bank.refused_change': ['bankReason'],
  'chat.bank_refused_message': ['bankReason'],
  // An HTTP status helps nobody at the desk; support reads it in the logs.
  'host.bad_answer': ['status'],
  'bank.server_error': ['status'],
  'bank.refused_request': ['status'],
};

/**
 * Words in Latin letters a zh-CN screen may show: product and file names, keys, codes. Anything
 * else of three letters or more is an English sentence that slipped through.
 */
const LATIN_WORDS_ALLOWED_IN_ZH = new Set(['PDF', 'Ctrl', 'Cmd', 'Enter', 'Shift', 'English', 'ics', 'RM', 'ID', 'Excel', 'AUM', 'C1', 'C5', 'R1', 'R5']);

describe('error reasons', () => {
  it('are all translated in both languages, with the placeholders of their parameters', () => {
    for (const reason of ERROR_REASONS) {
      const key = `errors.reason.${reason}`;
      const params = Object.keys(errorReasons[reason].params.shape).sort();
      const shown = params.filter((param) => !(NOT_SHOWN[reason] ?? []).includes(param));
      for (const [name, map] of Object.entries(locales)) {
        const text = map.get(key);
        expect(typeof text, `${name}: ${key}`).toBe('string');
        expect(placeholders(String(text)), `${name}: ${key}`).toEqual(shown);
      }
    }
  });

  it('have a sentence for every field reason, with its parameters', () => {
    const fieldParams: Record<(typeof FIELD_REASONS)[number], string[]> = {
      required: [],
      wrong_type: [],
      too_short: ['min'],
      too_long: ['max'],
      too_small: ['min'],
      too_big: ['max'],
      bad_format: [],
      not_allowed: [],
      unknown_field: [],
      invalid: [],
      promise: ['term'],
    };
    for (const reason of FIELD_REASONS) {
      for (const [name, map] of Object.entries(locales)) {
        const text = map.get(`errors.field.${reason}`);
        expect(typeof text, `${name}: errors.field.${reason}`).toBe('string');
        expect(placeholders(String(text)), `${name}: errors.field.${reason}`).toEqual(fieldParams[reason]);
      }
    }
  });

  it('keep English sentences off a Chinese screen', () => {
    for (const [key, value] of locales['zh-CN']) {
      const words = String(value)
        .replace(/\{\{[^}]*\}\}/g, '')
        .match(/[A-Za-z]{3,}/g);
      for (const word of words ?? []) expect(LATIN_WORDS_ALLOWED_IN_ZH.has(word), `zh-CN ${key}: "${word}"`).toBe(true);
    }
  });

  it('names each AUM band by the bounds shared/api gives it', () => {
    // 600万 / 3000万 / 1亿 as the labels write them, from the bounds in fen.
    const short = (fen: number) => formatWan(fen).replace(/\.00/, '').replace(/,/g, '');
    for (const band of AUM_BANDS) {
      const { min, max } = AUM_BAND_FEN[band];
      const label = String(locales['zh-CN'].get(`aumBand.${band}`));
      if (min > 0) expect(label, band).toContain(short(min));
      if (max !== null) expect(label, band).toContain(short(max));
    }
  });
});

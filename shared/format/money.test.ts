import { describe, expect, it } from 'vitest';
import { formatCount, formatWan, formatYuanExact, groupThousands } from './index';

const yuan = (y: number) => y * 100;

describe('formatWan, zh-CN', () => {
  it('shows plain yuan with 2 decimals below 1万', () => {
    expect(formatWan(0, 'zh-CN')).toBe('0.00');
    expect(formatWan(1, 'zh-CN')).toBe('0.01');
    expect(formatWan(yuan(8500), 'zh-CN')).toBe('8,500.00');
    expect(formatWan(999_999, 'zh-CN')).toBe('9,999.99');
  });

  it('switches to 万 from 1万 yuan', () => {
    expect(formatWan(yuan(10_000), 'zh-CN')).toBe('1.00万');
    expect(formatWan(1_234_5600_00, 'zh-CN')).toBe('1,234.56万');
    expect(formatWan(1_234_5649_99, 'zh-CN')).toBe('1,234.56万');
    expect(formatWan(1_234_5650_00, 'zh-CN')).toBe('1,234.57万');
  });

  it('switches to 亿 from 1亿 yuan', () => {
    expect(formatWan(yuan(320_000_000), 'zh-CN')).toBe('3.20亿');
    expect(formatWan(987_654_321_012, 'zh-CN')).toBe('98.77亿');
    expect(formatWan(Number.MAX_SAFE_INTEGER, 'zh-CN')).toBe('900,719.93亿');
  });

  it('carries a rounded figure up to the next unit', () => {
    // 99,999,999.99 yuan is 9,999.9999999万 → would be "10,000.00万"
    expect(formatWan(9_999_999_999, 'zh-CN')).toBe('1.00亿');
    expect(formatWan(9_999_994_999, 'zh-CN')).toBe('9,999.99万');
    expect(formatWan(9_999_995_000, 'zh-CN')).toBe('1.00亿');
    expect(formatWan(999_999, 'zh-CN')).toBe('9,999.99');
  });

  it('keeps the sign apart from the rounding', () => {
    expect(formatWan(-987_654_321_012, 'zh-CN')).toBe('-98.77亿');
    expect(formatWan(-1_234_5650_00, 'zh-CN')).toBe('-1,234.57万');
    expect(formatWan(-5, 'zh-CN')).toBe('-0.05');
  });

  it('treats any zh locale as Chinese and defaults to it', () => {
    expect(formatWan(yuan(10_000), 'zh')).toBe('1.00万');
    expect(formatWan(yuan(10_000))).toBe('1.00万');
  });

  it('accepts bigint beyond the safe range', () => {
    expect(formatWan(12_345_678_901_234_567_890n, 'zh-CN')).toBe('1,234,567,890.12亿');
  });
});

describe('formatWan, en', () => {
  it('shows whole yuan below 1M', () => {
    expect(formatWan(yuan(8500), 'en')).toBe('¥8,500');
    expect(formatWan(850_049, 'en')).toBe('¥8,500');
    expect(formatWan(850_050, 'en')).toBe('¥8,501');
    expect(formatWan(0, 'en')).toBe('¥0');
  });

  it('uses M and B', () => {
    expect(formatWan(yuan(12_345_678), 'en')).toBe('¥12.35M');
    expect(formatWan(yuan(1_234_567_890), 'en')).toBe('¥1.23B');
    expect(formatWan(987_654_321_012, 'en')).toBe('¥9.88B');
  });

  it('carries rounding into the next unit', () => {
    expect(formatWan(99_999_950, 'en')).toBe('¥1.00M'); // 999,999.50 yuan
    expect(formatWan(99_999_949, 'en')).toBe('¥999,999');
    expect(formatWan(yuan(999_995_000), 'en')).toBe('¥1.00B');
  });

  it('puts the sign before the currency', () => {
    expect(formatWan(-yuan(12_345_678), 'en')).toBe('-¥12.35M');
    expect(formatWan(-yuan(8500), 'en')).toBe('-¥8,500');
  });
});

describe('formatYuanExact', () => {
  it('shows every fen', () => {
    expect(formatYuanExact(1_234_567_890)).toBe('¥12,345,678.90');
    expect(formatYuanExact(987_654_321_012)).toBe('¥9,876,543,210.12');
    expect(formatYuanExact(0)).toBe('¥0.00');
    expect(formatYuanExact(7)).toBe('¥0.07');
    expect(formatYuanExact(-5)).toBe('-¥0.05');
    expect(formatYuanExact(-987_654_321_012)).toBe('-¥9,876,543,210.12');
    expect(formatYuanExact(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('has no float drift where floats would have it', () => {
    // 0.1 + 0.2 style: 1,000,000,000,000.03 yuan is not exactly representable as a float yuan.
    expect(formatYuanExact(100_000_000_000_003)).toBe('¥1,000,000,000,000.03');
  });

  it('refuses non-finite input', () => {
    expect(() => formatYuanExact(Number.NaN)).toThrow(RangeError);
    expect(() => formatWan(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('counts', () => {
  it('groups thousands', () => {
    expect(formatCount(10_000)).toBe('10,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1_234_567)).toBe('-1,234,567');
    expect(groupThousands('1234567')).toBe('1,234,567');
  });
});

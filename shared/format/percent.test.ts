import { describe, expect, it } from 'vitest';
import { formatPercent, formatSignedPercent, trendOf } from './percent';

describe('percentages', () => {
  it('shows ratios with 2 decimals', () => {
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(0.1234)).toBe('12.34%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(formatPercent(0.00004)).toBe('0.00%');
    expect(formatPercent(0.00005)).toBe('0.01%');
    expect(formatPercent(0.12345)).toBe('12.35%'); // float says 1234.4999…; rounded as written
    expect(formatPercent(-0.05)).toBe('-5.00%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN, 'n/a')).toBe('n/a');
  });

  it('signs returns', () => {
    expect(formatSignedPercent(0.0523)).toBe('+5.23%');
    expect(formatSignedPercent(-0.0523)).toBe('-5.23%');
    expect(formatSignedPercent(0)).toBe('0.00%');
    expect(formatSignedPercent(-0.00001)).toBe('0.00%'); // rounds to zero: no sign
    expect(formatSignedPercent(2.5)).toBe('+250.00%');
    expect(formatSignedPercent(null)).toBe('—');
  });

  it('tells up from down', () => {
    expect(trendOf(1)).toBe('up');
    expect(trendOf(-0.01)).toBe('down');
    expect(trendOf(0)).toBe('flat');
    expect(trendOf(null)).toBe('flat');
  });
});

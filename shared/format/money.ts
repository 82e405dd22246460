/**
 * Money and number formatting for the desk. Money is integer fen (1/100 yuan) everywhere in the
 * app; these functions do exact integer arithmetic (BigInt), so a large AUM never picks up float
 * drift. Rounding is half away from zero (四舍五入) on the magnitude; the sign is kept apart.
 *
 * Pure: no DOM, no Intl (output does not depend on the host's ICU data), no node.
 */

/** Locales the desk formats for. Anything starting with `zh` is Chinese; everything else English. */
export type FormatLocale = 'zh-CN' | 'en';

const YUAN = 100n; // fen per yuan

/** An integer as a BigInt. Non-integers are rounded; non-finite values are a caller's bug. */
function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isFinite(value)) throw new RangeError(`Expected a finite number, got ${String(value)}`);
  return BigInt(Number.isInteger(value) ? value : Math.round(value));
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** `value / divisor` rounded half away from zero, for `value >= 0` and `divisor > 0`. */
function divRound(value: bigint, divisor: bigint): bigint {
  return (value * 2n + divisor) / (divisor * 2n);
}

/** "1234567" → "1,234,567". Takes a non-negative integer or its decimal digits. */
export function groupThousands(value: bigint | number | string): string {
  const digits = typeof value === 'string' ? value : value.toString();
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One step of a compact scale: amounts from `from` fen are shown in units of `unit` fen with
 * `decimals` decimals and `suffix`. Scales are listed smallest first; the first starts at 0.
 */
interface Scale {
  from: bigint;
  unit: bigint;
  decimals: 0 | 2;
  prefix: string;
  suffix: string;
}

/** Plain yuan (2 decimals) below 1万; 万 = 1e4 yuan; 亿 = 1e8 yuan. */
const ZH_SCALES: readonly Scale[] = [
  { from: 0n, unit: YUAN, decimals: 2, prefix: '', suffix: '' },
  { from: 10_000n * YUAN, unit: 10_000n * YUAN, decimals: 2, prefix: '', suffix: '万' },
  { from: 100_000_000n * YUAN, unit: 100_000_000n * YUAN, decimals: 2, prefix: '', suffix: '亿' },
];

/** Whole yuan below 1M; M = 1e6 yuan; B = 1e9 yuan. */
const EN_SCALES: readonly Scale[] = [
  { from: 0n, unit: YUAN, decimals: 0, prefix: '¥', suffix: '' },
  { from: 1_000_000n * YUAN, unit: 1_000_000n * YUAN, decimals: 2, prefix: '¥', suffix: 'M' },
  { from: 1_000_000_000n * YUAN, unit: 1_000_000_000n * YUAN, decimals: 2, prefix: '¥', suffix: 'B' },
];

function renderScaled(scaled: bigint, decimals: 0 | 2): string {
  if (decimals === 0) return groupThousands(scaled);
  const whole = scaled / 100n;
  const fraction = (scaled % 100n).toString().padStart(2, '0');
  return `${groupThousands(whole)}.${fraction}`;
}

/**
 * A non-negative amount on a scale. If rounding carries the figure up to the next step
 * (99,999,999.995 → "10,000.00万"), the next step is used instead ("1.00亿").
 */
function formatOnScale(magnitude: bigint, scales: readonly Scale[]): string {
  let index = Math.max(0, scales.findLastIndex((s) => magnitude >= s.from));
  for (;;) {
    const scale = scales[index] as Scale;
    const pow = scale.decimals === 2 ? 100n : 1n;
    const scaled = divRound(magnitude * pow, scale.unit);
    const next = scales[index + 1];
    if (next && scaled * scale.unit >= next.from * pow) {
      index += 1;
      continue;
    }
    return `${scale.prefix}${renderScaled(scaled, scale.decimals)}${scale.suffix}`;
  }
}

function isChinese(locale: string): boolean {
  return locale.toLowerCase().startsWith('zh');
}

/**
 * A compact amount for lists and cards, from integer fen.
 *
 * - `zh-CN`: "3.20亿" from 1亿 yuan, "1,234.56万" from 1万 yuan, "8,500.00" below (yuan).
 * - `en`: "¥1.23B" from 1 billion yuan, "¥12.35M" from 1 million yuan, "¥8,500" below (whole yuan).
 *
 * Negative amounts get a leading "-". Show the exact figure next to it with {@link formatYuanExact}.
 */
export function formatWan(fen: number | bigint, locale: string = 'zh-CN'): string {
  const value = toBigInt(fen);
  const sign = value < 0n ? '-' : '';
  return sign + formatOnScale(abs(value), isChinese(locale) ? ZH_SCALES : EN_SCALES);
}

/** The exact amount in yuan, for tables and tooltips: "¥12,345,678.90", "-¥0.05". */
export function formatYuanExact(fen: number | bigint): string {
  const value = toBigInt(fen);
  const sign = value < 0n ? '-' : '';
  return `${sign}¥${renderScaled(abs(value), 2)}`;
}

/** A count with thousands separators: 10000 → "10,000". */
export function formatCount(value: number | bigint): string {
  const n = toBigInt(value);
  return `${n < 0n ? '-' : ''}${groupThousands(abs(n))}`;
}

/**
 * Percentages for the desk and its reports, from ratios (0.1234 → "12.34%"), always with 2 decimals. Rounding is
 * done on the basis points as integers, so 0.12345 shows "12.35%" rather than float's "12.34%".
 */

/** |ratio| in hundredths of a percent (basis points), rounded half up; float noise trimmed first. */
function basisPoints(ratio: number): number {
  return Math.round(Number((Math.abs(ratio) * 10_000).toPrecision(12)));
}

function render(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  return `${whole}.${fraction}%`;
}

/** "12.34%"; a dash for null or a non-finite ratio. */
export function formatPercent(ratio: number | null, empty = '—'): string {
  if (ratio === null || !Number.isFinite(ratio)) return empty;
  const hundredths = basisPoints(ratio);
  return `${ratio < 0 && hundredths > 0 ? '-' : ''}${render(hundredths)}`;
}

/** "+12.34%" / "-3.10%" / "0.00%" for returns; a dash for null. */
export function formatSignedPercent(ratio: number | null, empty = '—'): string {
  if (ratio === null || !Number.isFinite(ratio)) return empty;
  const hundredths = basisPoints(ratio);
  const sign = hundredths === 0 ? '' : ratio < 0 ? '-' : '+';
  return `${sign}${render(hundredths)}`;
}

/** Up, down or flat, for colouring a return or a gain. */
export function trendOf(value: number | null): 'up' | 'down' | 'flat' {
  if (value === null || !Number.isFinite(value) || value === 0) return 'flat';
  return value > 0 ? 'up' : 'down';
}

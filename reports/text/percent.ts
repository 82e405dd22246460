/**
 * Percentages as the report prints them, from ratios (0.1234 → "12.34%"), always 2 decimals.
 * Rounding is on integer basis points, so 0.12345 prints "12.35%" (the desk's UI rounds the same
 * way). Tests format expected figures with these functions, so the PDF and the test agree.
 */

function basisPoints(ratio: number): number {
  // toPrecision trims float noise (0.1 + 0.2) before rounding half up.
  return Math.round(Number((Math.abs(ratio) * 10_000).toPrecision(12)));
}

function render(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
}

/** "12.34%"; a dash for null or a non-finite ratio. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const hundredths = basisPoints(ratio);
  return `${ratio < 0 && hundredths > 0 ? '-' : ''}${render(hundredths)}`;
}

/** "+12.34%" / "-3.10%" / "0.00%", for returns and drift; a dash for null. */
export function formatSignedPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const hundredths = basisPoints(ratio);
  return `${hundredths === 0 ? '' : ratio < 0 ? '-' : '+'}${render(hundredths)}`;
}

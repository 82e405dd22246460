import type { CADENCE_STATUSES, MONTH_STATES } from '../../../../shared/api';

export type CadenceStatus = (typeof CADENCE_STATUSES)[number];
export type MonthState = (typeof MONTH_STATES)[number];

/** The month names' translation keys (`month.jan` → 1月 / Jan), January first like `CadenceResult.months`. */
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];


/** Tag colours: done is green, on track blue, at risk orange, behind red, not applicable grey. */
export const STATUS_COLORS: Record<CadenceStatus, string> = {
  complete: 'success',
  on_track: 'processing',
  at_risk: 'warning',
  behind: 'error',
  not_applicable: 'default',
};

/** The same, as plain colours for figures that are not Tags (dots, bars). */
export const STATUS_SWATCHES: Record<CadenceStatus, string> = {
  complete: '#389e0d',
  on_track: '#1d4f91',
  at_risk: '#d48806',
  behind: '#cf1322',
  not_applicable: '#8c8c8c',
};

import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorReason } from '../../../shared/api';
import { instantParamsOf, isErrorReason } from '../../../shared/api';
import { formatCount } from '../../../shared/format';
import { toApiError } from './errors';

dayjs.extend(utc);
dayjs.extend(timezone);

/** How an instant of an error reads: the RM's own wall clock, to the minute. */
const INSTANT_FORMAT = 'YYYY-MM-DD HH:mm';
const BYTES_PER_MB = 1024 * 1024;
/** The bank's own words stay in the logs and with support; a zh-CN screen never shows them. */
const NEVER_SHOWN = new Set(['bankReason']);

/** An instant (UTC ISO) as local date and time, in `timeZone` when given, else the desk's zone. */
export function instantText(iso: string, timeZone?: string): string {
  const time = timeZone ? dayjs(iso).tz(timeZone) : dayjs(iso);
  return time.format(INSTANT_FORMAT);
}

/**
 * A size in bytes as people read it: "256 KB" under a megabyte, "10 MB", "10.01 MB". Rounded up,
 * so a file just over a limit never reads as the limit itself.
 */
export function megabytesText(bytes: number): string {
  if (bytes < BYTES_PER_MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil((bytes / BYTES_PER_MB) * 100) / 100} MB`;
}

/** A count or a length with the UI's thousands separators. */
function numberText(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : String(value);
}

type ParamValue = ApiError['params'][string];

/** One parameter of a reason as it is shown, by what the parameter is. */
function paramText(t: TFunction, reason: ErrorReason, name: string, value: ParamValue, timeZone: string | undefined): string {
  if (typeof value === 'string' && instantParamsOf(reason).includes(name)) return instantText(value, timeZone);
  if (typeof value === 'number') return name === 'maxBytes' || name === 'bytes' ? megabytesText(value) : numberText(value);
  if (Array.isArray(value)) return value.map((term) => t('chat.compliance.quoted', { term })).join(t('common.listSeparator'));
  if (name === 'bankCode') return t(`errors.bankCode.${value === 'VALIDATION' || value === 'NOT_FOUND' || value === 'FORBIDDEN' || value === 'LIMIT' ? value : 'other'}`);
  if (name === 'field' && (value === 'notes' || value === 'nextYearPlan')) return t(`errors.reportField.${value}`);
  return value === null ? t('common.empty') : String(value);
}

/**
 * The sentence to show for a failure, in the UI language, from its `reason` and `params` (never
 * the developer's `message`). Instants read in `timeZone` (the desk's own zone by default); a
 * reason this build does not know yet falls back to its code's label.
 */
export function errorText(t: TFunction, error: ApiError, timeZone?: string): string {
  const fallback = t(`errors.${error.code}`);
  if (!isErrorReason(error.reason)) return fallback;
  const reason = error.reason;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.params)) {
    if (!NEVER_SHOWN.has(name)) params[name] = paramText(t, reason, name, value, timeZone);
  }
  return t(`errors.reason.${reason}`, { ...params, defaultValue: fallback });
}

/** `errorText` in the current language, for components. */
export function useErrorText(): (error: ApiError) => string {
  // react-i18next hands out a new `t` when the language changes, so this follows it.
  const { t } = useTranslation();
  return useCallback((error: ApiError) => errorText(t, error), [t]);
}

/** The sentence for anything a failed call threw (RTK Query's `unwrap()` throws the stored ApiError). */
export function thrownText(t: TFunction, thrown: unknown): string {
  return errorText(t, toApiError(thrown));
}

import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { CHANNELS } from '../../../shared/domain';
import type { Channel } from '../../../shared/domain';
import { themeLabel } from './interactionThemes';

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/**
 * Any field's value as text for people, e.g. in the conflicts table: empty for null or "", lists
 * joined, yes/no, channels and themes by their names, instants in local time.
 */
export function displayValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.empty');
  if (Array.isArray(value)) return value.length === 0 ? t('common.empty') : value.map((v) => displayValue('', v, t)).join(t('common.listSeparator'));
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if ((field === 'channel' || field === 'preferredChannel') && isChannel(value)) return t(`channel.${value}`);
  if (field === 'theme' && typeof value === 'string') return themeLabel(value, t);
  if (field === 'occurredAt' && typeof value === 'string' && dayjs(value).isValid()) return dayjs(value).format('YYYY-MM-DD HH:mm');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

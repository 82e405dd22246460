import dayjs from 'dayjs';
import { useLanguage } from './useLanguage';
import { useNow } from './useNow';

/**
 * "3 分钟前" / "3 minutes ago" for an ISO instant, kept current, plus the exact local time
 * for a title. Null in, null out.
 */
export function useRelativeTime(iso: string | null): { relative: string; exact: string } | null {
  useLanguage(); // dayjs's locale is global: re-render when it changes
  const now = useNow(30_000);
  if (!iso) return null;
  const time = dayjs(iso);
  return { relative: time.from(now), exact: time.format('YYYY-MM-DD HH:mm:ss') };
}

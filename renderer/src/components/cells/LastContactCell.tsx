import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** "3 天前", the exact time in a tooltip; a dash when the client was never contacted. Plain, for every visible row. */
export function LastContactCell({ at, now, t }: { at: string | null; now: number; t: TFunction }) {
  if (!at) return <span className="text-secondary">{t('common.empty')}</span>;
  const time = dayjs(at);
  return (
    <Tooltip title={time.format('YYYY-MM-DD HH:mm')} placement="left">
      <span>{time.from(now)}</span>
    </Tooltip>
  );
}

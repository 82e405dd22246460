import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRelativeTime } from '../../hooks/useRelativeTime';

/** "上次同步：3 分钟前", the exact time on hover. */
export function LastSyncTime({ at }: { at: string | null }) {
  const { t } = useTranslation();
  const lastSync = useRelativeTime(at);
  return (
    <span data-testid="status-last-sync" className="text-secondary" title={lastSync?.exact} style={{ whiteSpace: 'nowrap' }}>
      <ClockCircleOutlined /> {lastSync ? t('sync.lastSync', { time: lastSync.relative }) : t('sync.never')}
    </span>
  );
}

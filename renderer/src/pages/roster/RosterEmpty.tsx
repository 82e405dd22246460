import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../../store/hooks';
import { selectSyncStatus } from '../../store/syncSlice';

/** No clients yet: usually the first sync is still running. */
export function RosterEmpty() {
  const { t } = useTranslation();
  const status = useAppSelector(selectSyncStatus);
  const firstSyncRunning = !status || status.state === 'syncing' || status.lastSyncAt === null;
  return (
    <Empty
      data-testid="roster-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div>{t('roster.empty.title')}</div>
          <div className="text-secondary">{firstSyncRunning ? t('roster.empty.syncing') : t('roster.empty.idle')}</div>
        </>
      }
    />
  );
}

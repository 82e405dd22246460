import { SyncOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../api/errorText';
import { useSyncNowMutation } from '../store/endpoints/sync';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';

export function SyncNowButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [syncNow, { isLoading }] = useSyncNowMutation();
  const syncing = useAppSelector(selectSyncStatus)?.state === 'syncing';
  const onClick = async () => {
    try {
      await syncNow().unwrap();
    } catch (error) {
      void message.error(t('sync.nowFailed', { message: thrownText(t, error) }));
    }
  };
  return (
    <Button data-testid="sync-now" size="small" icon={<SyncOutlined spin={syncing} />} loading={isLoading} disabled={syncing} onClick={() => void onClick()}>
      {t('sync.now')}
    </Button>
  );
}

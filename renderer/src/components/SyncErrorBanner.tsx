import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/errorText';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';

/** A sync that failed, or a bank that cannot be reached, is said plainly above every page. */
export function SyncErrorBanner() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useAppSelector(selectSyncStatus);
  if (!status || (status.state !== 'error' && status.state !== 'offline')) return null;

  const failed = status.state === 'error';
  // Offline says it in its title already; other failures add why, in the RM's language.
  const error = status.lastError;
  const reason = error && !(status.state === 'offline' && error.code === 'OFFLINE') ? errorText(error) : null;
  return (
    <Alert
      data-testid="sync-error"
      data-state={status.state}
      banner
      showIcon
      type={failed ? 'error' : 'warning'}
      title={failed ? t('sync.errorTitle') : t('sync.offlineTitle')}
      description={
        <>
          {reason && <div>{reason}</div>}
          <div>{t('sync.errorHint')}</div>
        </>
      }
    />
  );
}

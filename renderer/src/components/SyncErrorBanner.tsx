import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';

/** A sync that failed, or a bank that cannot be reached, is said plainly above every page. */
export function SyncErrorBanner() {
  const { t } = useTranslation();
  const status = useAppSelector(selectSyncStatus);
  if (!status || (status.state !== 'error' && status.state !== 'offline')) return null;

  const failed = status.state === 'error';
  // Offline needs no detail beyond its own label; other failures add the core's explanation.
  const error = status.lastError;
  const reason = error ? (error.code === 'OFFLINE' ? t(`errors.${error.code}`) : t('errors.withReason', { label: t(`errors.${error.code}`), message: error.message })) : null;
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

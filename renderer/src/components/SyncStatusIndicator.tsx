import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/errorText';
import { useSyncStatusQuery } from '../store/endpoints/sync';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';
import { useRelativeTime } from '../hooks/useRelativeTime';
import { SYNC_APPEARANCE, UNKNOWN_SYNC_APPEARANCE } from './syncAppearance';

/**
 * The sync engine's state at a glance (icon and colour); when it last succeeded and the last
 * error are in the tooltip. The status bar carries the counts. Updated live by `sync:status`.
 */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The first status each time the desk appears (after a sign-in or an unlock); events keep it current.
  useSyncStatusQuery(undefined, { refetchOnMountOrArgChange: true });
  const status = useAppSelector(selectSyncStatus);
  const lastSync = useRelativeTime(status?.lastSyncAt ?? null);

  if (!status) {
    return (
      <Tag data-testid="sync-status" data-state="unknown" color={UNKNOWN_SYNC_APPEARANCE.color} icon={UNKNOWN_SYNC_APPEARANCE.icon}>
        {t('sync.unknown')}
      </Tag>
    );
  }

  const { color, icon } = SYNC_APPEARANCE[status.state];
  const tooltip = (
    <>
      <div>{lastSync ? t('sync.lastSync', { time: lastSync.relative }) : t('sync.never')}</div>
      {status.lastError && <div>{errorText(status.lastError)}</div>}
    </>
  );
  return (
    <Tooltip title={tooltip}>
      <Tag data-testid="sync-status" data-state={status.state} role="status" aria-label={t('sync.label')} color={color} icon={icon} style={{ marginInlineEnd: 0 }}>
        {t(`sync.state.${status.state}`)}
      </Tag>
    </Tooltip>
  );
}

import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSyncStatusQuery } from '../store/api';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';
import { useRelativeTime } from '../hooks/useRelativeTime';
import { SYNC_APPEARANCE, UNKNOWN_SYNC_APPEARANCE } from './syncAppearance';

/**
 * The sync engine at a glance: state (icon and colour), when it last succeeded, what is waiting
 * to go up. The last error is in the tooltip. Updated live by `sync:status` events.
 */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  useSyncStatusQuery(); // the first status; events keep it current
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
  const tooltip = status.lastError ? t('errors.withReason', { label: t(`errors.${status.lastError.code}`), message: status.lastError.message }) : undefined;
  return (
    <Tooltip title={tooltip}>
      <Flex data-testid="sync-status" data-state={status.state} align="center" gap={8} role="status" aria-label={t('sync.label')} style={{ whiteSpace: 'nowrap' }}>
        <Tag color={color} icon={icon} style={{ marginInlineEnd: 0 }}>
          {t(`sync.state.${status.state}`)}
        </Tag>
        <span className="text-secondary" title={lastSync?.exact}>
          {lastSync ? t('sync.lastSync', { time: lastSync.relative }) : t('sync.never')}
        </span>
        {status.state === 'syncing' && status.pulled > 0 && <span className="text-secondary">{t('sync.pulled', { count: status.pulled })}</span>}
        {status.pending > 0 && (
          <Tag data-testid="sync-pending" color="blue">
            {t('sync.pending', { count: status.pending })}
          </Tag>
        )}
      </Flex>
    </Tooltip>
  );
}

import { Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/api';
import { resyncPercent } from './syncFigures';

/** A full re-sync running: a bar from done/total, sliding while the bank's total is not known. */
export function ResyncProgress({ resync }: { resync: NonNullable<SyncStatus['resync']> }) {
  const { t } = useTranslation();
  const percent = resyncPercent(resync);
  const label =
    resync.total === null ? t('statusBar.resyncStarting', { done: resync.done }) : t('statusBar.resyncProgress', { done: resync.done, total: resync.total });
  return (
    <Flex align="center" gap={8} style={{ minWidth: 260 }}>
      <span className="text-secondary" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </span>
      <Progress
        data-testid="status-resync-progress"
        data-percent={percent ?? ''}
        aria-label={t('statusBar.resync')}
        className={percent === null ? 'progress-indeterminate' : undefined}
        percent={percent ?? 30}
        showInfo={percent !== null}
        status="active"
        size="small"
        style={{ flex: 1, minWidth: 120, margin: 0 }}
      />
    </Flex>
  );
}

import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/api';
import { ProgressLine } from './ProgressLine';
import { pullPercent } from './syncFigures';

/**
 * What a running pull shows (a full re-sync has its own bar): "正在同步 45%" with a bar when the
 * bank counted the changes, as on the first sync of an empty book; from a bank that sends no
 * count, just how many updates have arrived.
 */
export function PullProgress({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const percent = pullPercent(status);
  if (percent !== null) {
    return (
      <ProgressLine
        label={t('statusBar.pullProgress', { percent })}
        title={t('statusBar.pullCounts', { done: status.pulled, total: status.pullTotal })}
        percent={percent}
        testId="status-pull-progress"
        ariaLabel={t('statusBar.pull')}
        showInfo={false}
      />
    );
  }
  if (status.state !== 'syncing' || status.pulled === 0) return null;
  return <span className="text-secondary">{t('sync.pulled', { count: status.pulled })}</span>;
}

import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/api';
import { ProgressLine } from './ProgressLine';
import { resyncPercent } from './syncFigures';

/** A full re-sync running: a bar from done/total, sliding while the bank's total is not known. */
export function ResyncProgress({ resync }: { resync: NonNullable<SyncStatus['resync']> }) {
  const { t } = useTranslation();
  const label =
    resync.total === null ? t('statusBar.resyncStarting', { done: resync.done }) : t('statusBar.resyncProgress', { done: resync.done, total: resync.total });
  return <ProgressLine label={label} percent={resyncPercent(resync)} testId="status-resync-progress" ariaLabel={t('statusBar.resync')} showInfo />;
}

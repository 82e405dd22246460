import { CloudUploadOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../navigation/routes';
import { useAppSelector } from '../../store/hooks';
import { selectSyncStatus } from '../../store/syncSlice';
import { ConnectionStatus } from './ConnectionStatus';
import { LastSyncTime } from './LastSyncTime';
import { PullProgress } from './PullProgress';
import { ResyncProgress } from './ResyncProgress';
import { StatusCount } from './StatusCount';

/**
 * The footer of every signed-in page: connection, what waits to go up, what the bank refused,
 * conflicts to decide, when the last sync succeeded, and the progress of a pull or a full re-sync.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const status = useAppSelector(selectSyncStatus);
  return (
    <Layout.Footer
      data-testid="status-bar"
      aria-label={t('statusBar.label')}
      style={{
        padding: '4px 16px',
        fontSize: 12,
        lineHeight: '24px',
        background: 'var(--ant-color-bg-container, #fff)',
        borderTop: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
      }}
    >
      <Flex align="center" gap={16} wrap>
        <ConnectionStatus status={status} />
        {status && (
          <>
            {!status.resync && <PullProgress status={status} />}
            <StatusCount
              testId="status-pending"
              count={status.pending}
              icon={<CloudUploadOutlined />}
              label={t('statusBar.pending', { count: status.pending })}
              color="var(--ant-color-primary, #1d4f91)"
              href={routeHref('sync', 'outbox')}
            />
            <StatusCount
              testId="status-parked"
              count={status.parked}
              icon={<WarningOutlined />}
              label={t('statusBar.parked', { count: status.parked })}
              color="var(--ant-color-warning-text, #d48806)"
              href={routeHref('sync', 'parked')}
            />
            <StatusCount
              testId="status-conflicts"
              count={status.conflicts}
              icon={<ExclamationCircleOutlined />}
              label={t('statusBar.conflicts', { count: status.conflicts })}
              color="var(--ant-color-error, #ff4d4f)"
              href={routeHref('sync', 'conflicts')}
            />
            <LastSyncTime at={status.lastSyncAt} />
            {status.resync && <ResyncProgress resync={status.resync} />}
          </>
        )}
      </Flex>
    </Layout.Footer>
  );
}

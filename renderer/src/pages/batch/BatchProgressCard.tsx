import { DownloadOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { ProgressProps } from 'antd';
import { Button, Card, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '../../../../shared/api';
import { BatchFailures } from './BatchFailures';
import { batchHandled, batchPercent } from './batchProgress';

const STATE_COLORS = { running: 'processing', done: 'success', cancelled: 'default' } as const;
const PROGRESS_STATUS: Record<BatchStatus['state'], ProgressProps['status']> = { running: 'active', done: 'success', cancelled: 'normal' };

interface BatchProgressCardProps {
  status: BatchStatus;
  busy: 'start' | 'cancel' | 'zip' | null;
  onCancel: () => void;
  onZip: () => void;
  onNew: () => void;
}

/** A batch on its way and after: the bar, cancel, who failed and why, and where the PDFs went. */
export function BatchProgressCard({ status, busy, onCancel, onZip, onNew }: BatchProgressCardProps) {
  const { t } = useTranslation();
  const running = status.state === 'running';
  return (
    <Card
      size="small"
      data-testid="batch-progress"
      data-batch-id={status.batchId}
      data-state={status.state}
      data-total={status.total}
      data-done={status.done}
      data-failed={status.failed.length}
      title={
        <Flex gap={8} align="center">
          {t('batch.progress')}
          <Tag data-testid="batch-state" color={STATE_COLORS[status.state]}>
            {t(`batch.state.${status.state}`)}
          </Tag>
        </Flex>
      }
      extra={
        running ? (
          <Button key="cancel" data-testid="batch-cancel" danger icon={<StopOutlined />} loading={busy === 'cancel'} onClick={onCancel}>
            {t('batch.cancel')}
          </Button>
        ) : (
          <Button key="new" data-testid="batch-new" icon={<PlusOutlined />} onClick={onNew}>
            {t('batch.newBatch')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <div>
          <Progress data-testid="batch-progress-bar" percent={batchPercent(status)} status={PROGRESS_STATUS[status.state]} />
          <Typography.Text type="secondary" className="tabular-nums">
            {t('batch.progressText', { handled: batchHandled(status), total: status.total })}
          </Typography.Text>
        </div>
        {!running && (
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'folder',
                label: t('batch.folder'),
                children: (
                  <Typography.Text data-testid="batch-folder" copyable code>
                    {status.folder}
                  </Typography.Text>
                ),
              },
              ...(status.printQueue
                ? [
                    {
                      key: 'printQueue',
                      label: t('batch.printQueueFile'),
                      children: (
                        <Typography.Text data-testid="batch-print-queue-file" copyable code>
                          {status.printQueue}
                        </Typography.Text>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {!running && status.done > 0 && (
          <Button data-testid="batch-zip" type="primary" icon={<DownloadOutlined />} loading={busy === 'zip'} onClick={onZip} style={{ alignSelf: 'flex-start' }}>
            {t('batch.zip')}
          </Button>
        )}
        {status.failed.length > 0 && <BatchFailures failed={status.failed} />}
      </Flex>
    </Card>
  );
}

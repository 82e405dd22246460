import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { batchDismissed, selectReportBatch } from '../../store/reportBatchSlice';
import { BatchProgressCard } from './BatchProgressCard';
import { BatchSetupCard } from './BatchSetupCard';
import { useBatchActions } from './useBatchActions';
import { useBatchPolling } from './useBatchPolling';

/**
 * 批量报告 (`#/batch`): start a batch, watch it (report:progress, with polling as a fallback),
 * cancel it, and collect the result. The batch is kept in the store, so leaving the page and
 * coming back finds it still there.
 */
export function BatchReportPage() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const status = useAppSelector(selectReportBatch);
  const { start, cancel, downloadZip, startError, busy } = useBatchActions();
  useBatchPolling(status?.batchId ?? null, status?.state === 'running');

  return (
    <Flex data-testid="batch-page" vertical gap={16} style={{ flex: 1, minHeight: 0, overflow: 'auto', maxWidth: 960 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('batch.title')}
      </Typography.Title>
      {status ? (
        <BatchProgressCard
          status={status}
          busy={busy}
          onCancel={() => void cancel(status.batchId)}
          onZip={() => void downloadZip(status.batchId)}
          onNew={() => dispatch(batchDismissed())}
        />
      ) : (
        <BatchSetupCard onStart={(request) => void start(request)} starting={busy === 'start'} error={startError} />
      )}
    </Flex>
  );
}

import { Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkItem } from '../../../../../shared/api';
import { formatCount } from '../../../../../shared/format';
import { useOpenClient } from '../../../navigation/useOpenClient';
import { useBankToday } from '../../../hooks/useBankToday';
import { useLanguage } from '../../../hooks/useLanguage';
import { useNow } from '../../../hooks/useNow';
import { useWorklist } from './useWorklist';
import { worklistColumns } from './worklistColumns';
import { WorklistLogDialog } from './WorklistLogDialog';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

const PAGE_SIZE = 20;
const MINUTE_MS = 60_000;

/**
 * 本月工作清单: who needs what this month (as of today), most urgent first, with the working days
 * left; each row logs its interaction in one click. Refreshed by `data:changed` after a save.
 */
export function WorklistCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useBankToday();
  const now = useNow(MINUTE_MS);
  const worklist = useWorklist(today.date);
  const openClient = useOpenClient();
  const [logging, setLogging] = useState<WorkItem | null>(null);
  const columns = useMemo(() => worklistColumns({ t, language, now, onOpenClient: openClient, onLog: setLogging }), [t, language, now, openClient]);
  const data = worklist.data;

  const onRow = (item: WorkItem) => ({ 'data-testid': 'worklist-item', 'data-client-id': item.clientId }) as HTMLAttributes<HTMLElement>;

  return (
    <Card
      data-testid="worklist-card"
      size="small"
      title={t('cadence.worklist.title')}
      extra={
        data && (
          <Flex gap={12} wrap>
            <Typography.Text type="secondary" className="tabular-nums">
              {t('cadence.worklist.asOf', { date: data.asOf })}
            </Typography.Text>
            <Typography.Text data-testid="worklist-working-days" data-days={data.workingDaysLeft} strong>
              {t('cadence.worklist.workingDaysLeft', { days: data.workingDaysLeft })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('cadence.worklist.count', { count: formatCount(data.items.length) })}</Typography.Text>
          </Flex>
        )
      }
    >
      {worklist.error ? (
        <LoadFailedAlert testId="worklist-error" title={t('cadence.worklist.loadFailed')} error={worklist.error} onRetry={() => void worklist.retry()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <div data-testid="worklist" data-count={data.items.length} data-as-of={data.asOf}>
          <Table<WorkItem>
            size="small"
            rowKey="clientId"
            columns={columns}
            dataSource={data.items}
            onRow={onRow}
            pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty data-testid="worklist-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadence.worklist.empty')} /> }}
          />
        </div>
      )}
      {logging && <WorklistLogDialog key={logging.clientId} item={logging} onClose={() => setLogging(null)} />}
    </Card>
  );
}

import type { TableProps } from 'antd';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '../../../../shared/api';
import { routeHref } from '../../navigation/routes';
import { errorText } from '../../api/errorText';

type Failure = BatchStatus['failed'][number];

/** The clients whose report was not made, each with the host's reason; a name opens the client. */
export function BatchFailures({ failed }: { failed: BatchStatus['failed'] }) {
  const { t } = useTranslation();
  const columns: TableProps<Failure>['columns'] = [
    {
      key: 'name',
      title: t('batch.failureClient'),
      width: 180,
      render: (_, failure) => <a href={routeHref('clients', failure.clientId)}>{failure.name}</a>,
    },
    { key: 'reason', title: t('batch.failureReason'), render: (_, failure) => errorText(t, failure.error) },
  ];
  return (
    <Table<Failure>
      data-testid="batch-failures"
      data-count={failed.length}
      size="small"
      rowKey="clientId"
      columns={columns}
      dataSource={failed}
      pagination={failed.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      title={() => t('batch.failures', { count: failed.length })}
    />
  );
}

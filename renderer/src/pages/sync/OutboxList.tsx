import type { TableProps } from 'antd';
import { Empty, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/api';
import { ChangeLabel } from './ChangeLabel';
import { describeChange } from './changeDescription';
import { DateTimeText } from './DateTimeText';
import { OutboxStatusTag } from './OutboxStatusTag';
import { errorText } from '../../api/errorText';

/** Every local change not yet accepted by the bank, oldest first (the order they are sent in). */
export function OutboxList({ items, loading }: { items: OutboxItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns = useMemo<TableProps<OutboxItem>['columns']>(
    () => [
      { key: 'label', title: t('outbox.columns.label'), width: 180, render: (_, item) => <ChangeLabel item={item} /> },
      { key: 'what', title: t('outbox.columns.what'), width: 160, render: (_, item) => describeChange(item, t) },
      { key: 'status', title: t('outbox.columns.status'), width: 110, render: (_, item) => <OutboxStatusTag status={item.status} /> },
      { key: 'attempts', title: t('outbox.columns.attempts'), width: 90, align: 'right', className: 'tabular-nums', dataIndex: 'attempts' },
      {
        key: 'lastError',
        title: t('outbox.columns.lastError'),
        render: (_, item) =>
          item.lastError ? (
            <Typography.Text type="danger" ellipsis={{ tooltip: errorText(t, item.lastError) }} style={{ maxWidth: 320 }}>
              {errorText(t, item.lastError)}
            </Typography.Text>
          ) : null,
      },
      { key: 'createdAt', title: t('outbox.columns.createdAt'), width: 150, render: (_, item) => <DateTimeText iso={item.createdAt} /> },
    ],
    [t],
  );
  return (
    <Table<OutboxItem>
      data-testid="outbox-list"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      onRow={(item) => ({ 'data-testid': 'outbox-item', 'data-id': item.id, 'data-status': item.status }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <Empty data-testid="outbox-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outbox.empty')} /> }}
    />
  );
}

import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEntry } from '../../../../../shared/api';
import { routeHref } from '../../../navigation/routes';
import { useOpenClient } from '../../../navigation/useOpenClient';
import { OverCapacityTag } from './OverCapacityTag';
import { PlanKindTag } from './PlanKindTag';

type PlanRow = PlanEntry & { key: string };

const PAGE_SIZE = 50;

/** One month's appointments: date (and weekday), client (a link to their page), what, and over-cap marks. */
export function PlanMonthTable({ entries }: { entries: PlanEntry[] }) {
  const { t } = useTranslation();
  const openClient = useOpenClient();
  const rows = useMemo<PlanRow[]>(() => entries.map((entry, index) => ({ ...entry, key: String(index) })), [entries]);

  const columns: ColumnsType<PlanRow> = [
    {
      key: 'date',
      title: t('cadence.plan.columns.date'),
      width: 150,
      render: (_, row) => (
        <span className="tabular-nums">
          {row.date} <span className="text-secondary">{dayjs(row.date).format('ddd')}</span>
        </span>
      ),
    },
    {
      key: 'client',
      title: t('cadence.plan.columns.client'),
      render: (_, row) => (
        <Typography.Link
          href={routeHref('clients', row.clientId)}
          onClick={(event) => {
            event.preventDefault();
            openClient(row.clientId);
          }}
        >
          {row.name}
        </Typography.Link>
      ),
    },
    {
      key: 'kind',
      title: t('cadence.plan.columns.kind'),
      width: 260,
      render: (_, row) => (
        <span className="tag-row">
          <PlanKindTag kind={row.kind} t={t} />
          {row.overCapacity && <OverCapacityTag t={t} />}
        </span>
      ),
    },
  ];

  const onRow = (row: PlanRow) =>
    ({
      'data-testid': 'plan-entry',
      'data-date': row.date,
      'data-kind': row.kind,
      'data-client-id': row.clientId,
      'data-over-capacity': row.overCapacity,
    }) as HTMLAttributes<HTMLElement>;

  return <Table<PlanRow> size="small" columns={columns} dataSource={rows} onRow={onRow} pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }} />;
}

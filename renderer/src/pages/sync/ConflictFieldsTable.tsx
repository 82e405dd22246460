import type { TableProps } from 'antd';
import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../../shared/api';
import { displayValue } from '../../fields/displayValue';
import { fieldLabel } from '../../fields/fieldNames';

type ConflictField = ConflictItem['fields'][number];

const valueStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 160, overflow: 'auto' } as const;

/** field | 我的修改 | 银行当前, one row per field where the two differ. */
export function ConflictFieldsTable({ conflict }: { conflict: ConflictItem }) {
  const { t } = useTranslation();
  const columns = useMemo<TableProps<ConflictField>['columns']>(
    () => [
      { key: 'field', title: t('conflicts.columns.field'), width: 140, render: (_, row) => fieldLabel(conflict.entity, row.field, t) },
      {
        key: 'mine',
        title: t('conflicts.columns.mine'),
        render: (_, row) => (
          <div data-testid="conflict-mine" style={valueStyle}>
            {displayValue(row.field, row.mine, t)}
          </div>
        ),
      },
      {
        key: 'theirs',
        title: t('conflicts.columns.theirs'),
        render: (_, row) => (
          <div data-testid="conflict-theirs" style={valueStyle}>
            {displayValue(row.field, row.theirs, t)}
          </div>
        ),
      },
    ],
    [t, conflict.entity],
  );
  return <Table<ConflictField> size="small" rowKey="field" columns={columns} dataSource={conflict.fields} pagination={false} tableLayout="fixed" />;
}

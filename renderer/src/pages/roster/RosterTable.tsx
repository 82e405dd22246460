import type { TableProps } from 'antd';
import { Table } from 'antd';
import type { HTMLAttributes, KeyboardEvent, UIEvent } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow, RosterSort } from '../../../../shared/api';
import { useLanguage } from '../../hooks/useLanguage';
import { ROSTER_SCROLL_X, rosterColumns } from './rosterColumns';
import { RosterEmpty } from './RosterEmpty';
import { sortFromSorter } from './rosterSort';

/** The header row of a `middle` table; the body gets the rest of the height. */
const HEADER_HEIGHT = 47;
/** Start loading the next page this far from the end, about 20 rows ahead. */
const LOAD_MORE_THRESHOLD_PX = 1000;

interface RosterTableProps {
  rows: RosterRow[];
  sort: RosterSort;
  onSortChange: (sort: RosterSort) => void;
  onNearEnd: () => void;
  loading: boolean;
  /** The space the table may fill, measured by the page. */
  height: number;
  riskCutoff: string;
  /** A row was clicked, or Enter pressed on it: open that client. */
  onOpen: (row: RosterRow) => void;
}

/**
 * The book as a virtual table: only visible rows are in the DOM, so 10,000 clients scroll as
 * smoothly as 10. Sorting goes to the server; scrolling near the end asks for the next page.
 */
export function RosterTable({ rows, sort, onSortChange, onNearEnd, loading, height, riskCutoff, onOpen }: RosterTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = useMemo(() => rosterColumns({ t, language, sort, riskCutoff }), [t, language, sort, riskCutoff]);

  const onChange: TableProps<RosterRow>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') onSortChange(sortFromSorter(sorter));
  };

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const { scrollTop, scrollHeight, clientHeight } = event.currentTarget;
    if (scrollHeight - scrollTop - clientHeight < LOAD_MORE_THRESHOLD_PX) onNearEnd();
  };

  const onRow = (row: RosterRow): HTMLAttributes<HTMLElement> => ({
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onClick: () => onOpen(row),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Enter' && event.target === event.currentTarget) {
        event.preventDefault();
        onOpen(row);
      }
    },
  });

  return (
    <Table<RosterRow>
      data-testid="roster-table"
      virtual
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      loading={loading}
      scroll={{ x: ROSTER_SCROLL_X, y: Math.max(120, height - HEADER_HEIGHT), scrollToFirstRowOnChange: true }}
      onChange={onChange}
      onScroll={onScroll}
      onRow={onRow}
      locale={{ emptyText: <RosterEmpty /> }}
    />
  );
}

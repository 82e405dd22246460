import type { TableProps } from 'antd';
import { Table } from 'antd';
import type { TableRef } from 'antd/es/table';
import type { HTMLAttributes, KeyboardEvent, ReactNode, RefObject, UIEvent } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow, RosterSort } from '../../../../shared/api';
import { useLanguage } from '../../hooks/useLanguage';
import { inRosterOrder } from '../../store/rosterSelectionSlice';
import { ROSTER_SCROLL_X, rosterColumns } from './rosterColumns';
import type { RosterDay } from './rosterDates';
import { sortFromSorter } from './rosterSort';

/** The header row of a `middle` table; the body gets the rest of the height. */
const HEADER_HEIGHT = 47;
/** Start loading the next page this far from the end, about 20 rows ahead. */
const LOAD_MORE_THRESHOLD_PX = 1000;
/** The same, for the arrow keys: rows before the end of what is loaded. */
const ARROW_LOAD_MORE_ROWS = 20;

interface RosterTableProps {
  rows: RosterRow[];
  sort: RosterSort;
  onSortChange: (sort: RosterSort) => void;
  onNearEnd: () => void;
  loading: boolean;
  /** The space the table may fill, measured by the page. */
  height: number;
  day: RosterDay;
  now: number;
  /** A row was clicked, or Enter pressed on it: open that client. */
  onOpen: (row: RosterRow) => void;
  /** Shown when there are no rows: no clients at all, or none matching the filter. */
  empty: ReactNode;
  tableRef: RefObject<TableRef | null>;
  onScrollTop: (top: number) => void;
  /** Ticked clients (for a batch of reports), in roster order. */
  selectedIds: readonly string[];
  onSelectionChange: (ids: string[]) => void;
}

/**
 * The book as a virtual table: only visible rows are in the DOM, so 10,000 clients scroll as
 * smoothly as 10. Sorting goes to the server; scrolling near the end asks for the next page.
 */
export function RosterTable({ rows, sort, onSortChange, onNearEnd, loading, height, day, now, onOpen, empty, tableRef, onScrollTop, selectedIds, onSelectionChange }: RosterTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = useMemo(() => rosterColumns({ t, language, sort, day, now }), [t, language, sort, day, now]);

  const onChange: TableProps<RosterRow>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') onSortChange(sortFromSorter(sorter));
  };

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const { scrollTop, scrollHeight, clientHeight } = event.currentTarget;
    onScrollTop(scrollTop);
    if (scrollHeight - scrollTop - clientHeight < LOAD_MORE_THRESHOLD_PX) onNearEnd();
  };

  const onRow = (row: RosterRow): HTMLAttributes<HTMLElement> => ({
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onClick: (event) => {
      // A tick in the selection column selects; it does not open the client.
      if (event.target instanceof Element && event.target.closest('.ant-table-selection-column')) return;
      onOpen(row);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(row);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        focusNeighbour(row, event.key === 'ArrowDown' ? 1 : -1);
      }
    },
  });

  /** Arrow keys move the focus row by row; the virtual list scrolls the next row in first. */
  const focusNeighbour = (row: RosterRow, step: 1 | -1) => {
    const index = rows.findIndex((candidate) => candidate.id === row.id);
    const target = rows[index + step];
    if (index < 0 || !target) return;
    if (index + step >= rows.length - ARROW_LOAD_MORE_ROWS) onNearEnd();
    tableRef.current?.scrollTo({ key: target.id, align: 'nearest' });
    requestAnimationFrame(() => {
      tableRef.current?.nativeElement.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(target.id)}"]`)?.focus({ preventScroll: true });
    });
  };

  const rowSelection: TableProps<RosterRow>['rowSelection'] = {
    selectedRowKeys: [...selectedIds],
    columnWidth: 40,
    preserveSelectedRowKeys: true,
    onChange: (keys) => onSelectionChange(inRosterOrder(keys.map(String), rows.map((row) => row.id))),
    getCheckboxProps: (row) => ({ 'aria-label': t('roster.selection.select', { name: row.name }) }),
  };

  return (
    <Table<RosterRow>
      ref={tableRef}
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
      rowSelection={rowSelection}
      locale={{ emptyText: empty }}
    />
  );
}

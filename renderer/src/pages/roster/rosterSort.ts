import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import type { RosterRow, RosterSort } from '../../../../shared/api';
import { ROSTER_SORT_FIELDS } from '../../../../shared/api';
import { DEFAULT_ROSTER_SORT } from '../../store/endpoints/clients';

export type RosterSortField = RosterSort['field'];

export function isRosterSortField(value: unknown): value is RosterSortField {
  return typeof value === 'string' && (ROSTER_SORT_FIELDS as readonly string[]).includes(value);
}

/** The column's sort arrow for the server's current order. */
export function columnSortOrder(sort: RosterSort, field: RosterSortField): SortOrder {
  if (sort.field !== field) return null;
  return sort.order === 'asc' ? 'ascend' : 'descend';
}

/**
 * The Table's sorter as the roster's server-side sort. Clearing a sort goes back to the default
 * (largest AUM first), so the book always has a defined order.
 */
export function sortFromSorter(sorter: SorterResult<RosterRow> | SorterResult<RosterRow>[]): RosterSort {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = single?.columnKey;
  if (!single?.order || !isRosterSortField(field)) return DEFAULT_ROSTER_SORT;
  return { field, order: single.order === 'ascend' ? 'asc' : 'desc' };
}

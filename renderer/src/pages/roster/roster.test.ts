import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../../shared/api';
import { DEFAULT_ROSTER_SORT, nextRosterOffset } from '../../store/api';
import { isRiskAssessmentExpired, riskAssessmentCutoff } from './riskAssessment';
import { columnSortOrder, sortFromSorter } from './rosterSort';

const page = (rows: number, total: number) => ({ total, rows: Array.from({ length: rows }, () => ({}) as RosterRow) });

describe('roster paging', () => {
  it('asks for the next offset until everything is loaded', () => {
    expect(nextRosterOffset(page(200, 10_000), 0)).toBe(200);
    expect(nextRosterOffset(page(200, 10_000), 9_600)).toBe(9_800);
    expect(nextRosterOffset(page(200, 10_000), 9_800)).toBeUndefined();
    expect(nextRosterOffset(page(50, 250), 200)).toBeUndefined();
    expect(nextRosterOffset(page(0, 0), 0)).toBeUndefined();
    // The book shrank under us: an empty page ends the list rather than looping.
    expect(nextRosterOffset(page(0, 500), 400)).toBeUndefined();
  });
});

describe('roster sorting', () => {
  it('maps the Table sorter to the server sort', () => {
    expect(sortFromSorter({ columnKey: 'name', order: 'ascend' })).toEqual({ field: 'name', order: 'asc' });
    expect(sortFromSorter({ columnKey: 'riskLevel', order: 'descend' })).toEqual({ field: 'riskLevel', order: 'desc' });
    expect(sortFromSorter([{ columnKey: 'tier', order: 'ascend' }])).toEqual({ field: 'tier', order: 'asc' });
  });

  it('falls back to the default when the sort is cleared or unknown', () => {
    expect(sortFromSorter({ columnKey: 'aum', order: null })).toEqual(DEFAULT_ROSTER_SORT);
    expect(sortFromSorter({ columnKey: 'customerNo', order: 'ascend' })).toEqual(DEFAULT_ROSTER_SORT);
  });

  it('shows the arrow on the sorted column only', () => {
    expect(columnSortOrder({ field: 'aum', order: 'desc' }, 'aum')).toBe('descend');
    expect(columnSortOrder({ field: 'aum', order: 'desc' }, 'name')).toBeNull();
  });
});

describe('risk assessment validity', () => {
  it('expires after 12 months', () => {
    const cutoff = riskAssessmentCutoff(new Date(2026, 2, 15));
    expect(cutoff).toBe('2025-03-15');
    expect(isRiskAssessmentExpired('2025-03-14', cutoff)).toBe(true);
    expect(isRiskAssessmentExpired('2025-03-15', cutoff)).toBe(false);
    expect(isRiskAssessmentExpired('2026-01-01', cutoff)).toBe(false);
  });
});

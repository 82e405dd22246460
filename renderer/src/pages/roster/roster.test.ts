import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../../shared/api';
import { assessmentFilterBounds, assessmentStatus } from '../../../../shared/rules/assessment';
import { DEFAULT_ROSTER_SORT, nextRosterOffset } from '../../store/endpoints/clients';
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

describe('the risk assessment on its anniversary', () => {
  it('is expired in the row and the drawer (the shared rule on the bank’s today), as the roster’s expired filter selects it', () => {
    const assessedOn = '2025-03-15';
    const anniversary = '2026-03-15';
    // What AssessmentCell, the drawer's RiskText and the 360's RiskCard read.
    expect(assessmentStatus(assessedOn, anniversary)).toMatchObject({ state: 'expired', expired: true, expiresOn: anniversary, validThrough: '2026-03-14' });
    // What the host's `assessment: 'expired'` filter selects on that day.
    expect(assessedOn <= assessmentFilterBounds(anniversary).expiredBy).toBe(true);
    // The day before, it still holds ("有效期至" is that last day) and is expiring.
    expect(assessmentStatus(assessedOn, '2026-03-14').state).toBe('expiring');
    expect(assessedOn <= assessmentFilterBounds('2026-03-14').expiredBy).toBe(false);
  });
});

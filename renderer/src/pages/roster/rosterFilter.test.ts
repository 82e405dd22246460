import { describe, expect, it } from 'vitest';
import type { RosterFilter } from '../../../../shared/api';
import { rosterPageInputSchema } from '../../../../shared/api';
import { activeRosterFilterCount, isRosterFilterEmpty, normalizeRosterFilter, rosterFilterValues, sanitizeRosterFilter, withRosterFilterValue } from './rosterFilter';
import { DEFAULT_ROSTER_PREFS, loadRosterPrefs, rosterPrefsKey, saveRosterPrefs } from './rosterPrefs';

/** A Storage stand-in over a Map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('roster filter', () => {
  it('normalises: empty parts dropped, lists in contract order, tags trimmed, unique and sorted', () => {
    expect(normalizeRosterFilter({ tiers: [], riskLevels: [], tags: [' '], assessment: undefined })).toEqual({});
    expect(
      normalizeRosterFilter({
        tiers: ['wealth', 'hq_private', 'wealth'],
        riskLevels: ['C5', 'C1'],
        aumBands: ['100m_plus', 'under_6m'],
        tags: ['家族', ' 企业家', '企业家'],
        assessment: 'expiring',
      }),
    ).toEqual({ tiers: ['hq_private', 'wealth'], riskLevels: ['C1', 'C5'], aumBands: ['under_6m', '100m_plus'], tags: ['企业家', '家族'], assessment: 'expiring' });
  });

  it('gives the same cache key for the same choice made in another order', () => {
    const a = normalizeRosterFilter({ tags: ['b', 'a'], tiers: ['private', 'hq_private'] });
    const b = normalizeRosterFilter({ tiers: ['hq_private', 'private'], tags: ['a', 'b'] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('counts the filters in use', () => {
    expect(isRosterFilterEmpty({})).toBe(true);
    expect(isRosterFilterEmpty({ tags: [] })).toBe(true);
    expect(activeRosterFilterCount({ tiers: ['private'], assessment: 'expired', tags: [] })).toBe(2);
  });

  it('maps the filter bar to the filter and back', () => {
    expect(rosterFilterValues({})).toEqual({ tiers: [], riskLevels: [], aumBands: [], tags: [], assessment: 'all' });
    let filter: RosterFilter = {};
    filter = withRosterFilterValue(filter, 'tiers', ['private']);
    filter = withRosterFilterValue(filter, 'assessment', 'expired');
    filter = withRosterFilterValue(filter, 'tags', ['企业家']);
    expect(filter).toEqual({ tiers: ['private'], tags: ['企业家'], assessment: 'expired' });
    filter = withRosterFilterValue(filter, 'assessment', 'all');
    filter = withRosterFilterValue(filter, 'tiers', []);
    expect(filter).toEqual({ tags: ['企业家'] });
  });

  it('always sends something the contract accepts', () => {
    const filter = withRosterFilterValue({ riskLevels: ['C3'] }, 'aumBands', ['6m_to_30m', '30m_to_100m']);
    expect(rosterPageInputSchema.safeParse({ offset: 0, limit: 10, filter }).success).toBe(true);
  });

  it('keeps the valid parts of a filter read back from storage', () => {
    expect(sanitizeRosterFilter(null)).toEqual({});
    expect(sanitizeRosterFilter('tiers')).toEqual({});
    expect(sanitizeRosterFilter([1, 2])).toEqual({});
    expect(
      sanitizeRosterFilter({ tiers: ['private', 'emperor'], riskLevels: ['C2'], aumBands: 'all', tags: ['家族'], assessment: 'soon', extra: true }),
    ).toEqual({ riskLevels: ['C2'], tags: ['家族'] });
    expect(sanitizeRosterFilter({ tags: ['x'.repeat(33)] })).toEqual({});
  });
});

describe('roster prefs persistence', () => {
  it('saves and restores sort and filter per advisor', () => {
    const storage = memoryStorage();
    saveRosterPrefs(storage, 'adv-1', { sort: { field: 'nextDue', order: 'asc' }, filter: { tags: ['家族'], tiers: ['private'] }, cadenceStatuses: [] });
    expect(loadRosterPrefs(storage, 'adv-1')).toEqual({ sort: { field: 'nextDue', order: 'asc' }, filter: { tiers: ['private'], tags: ['家族'] }, cadenceStatuses: [] });
    // Another advisor on the same PC starts from the defaults.
    expect(loadRosterPrefs(storage, 'adv-2')).toEqual(DEFAULT_ROSTER_PREFS);
    expect([...storage.map.keys()]).toEqual([rosterPrefsKey('adv-1')]);
  });

  it('falls back to the defaults for missing, broken or foreign data', () => {
    const key = rosterPrefsKey('adv-1');
    expect(loadRosterPrefs(undefined, 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
    expect(loadRosterPrefs(memoryStorage(), 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
    expect(loadRosterPrefs(memoryStorage({ [key]: '{not json' }), 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
    expect(loadRosterPrefs(memoryStorage({ [key]: 'null' }), 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
    expect(loadRosterPrefs(memoryStorage({ [key]: JSON.stringify({ v: 99, sort: { field: 'name', order: 'asc' } }) }), 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
  });

  it('keeps a valid filter when the saved sort is unknown, and the other way round', () => {
    const key = rosterPrefsKey('adv-1');
    const storage = memoryStorage({ [key]: JSON.stringify({ v: 1, sort: { field: 'shoeSize', order: 'asc' }, filter: { assessment: 'expired' } }) });
    expect(loadRosterPrefs(storage, 'adv-1')).toEqual({ sort: DEFAULT_ROSTER_PREFS.sort, filter: { assessment: 'expired' }, cadenceStatuses: [] });
    storage.setItem(key, JSON.stringify({ v: 1, sort: { field: 'lastContact', order: 'desc' }, filter: 'everything' }));
    expect(loadRosterPrefs(storage, 'adv-1')).toEqual({ sort: { field: 'lastContact', order: 'desc' }, filter: {}, cadenceStatuses: [] });
  });

  it('never throws when storage does', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadRosterPrefs(broken, 'adv-1')).toEqual(DEFAULT_ROSTER_PREFS);
    expect(() => saveRosterPrefs(broken, 'adv-1', DEFAULT_ROSTER_PREFS)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { rosterPageInputSchema } from '../../../../shared/api';
import { cadenceFilterText } from './filterBar/cadenceFilterText';
import { effectiveRosterFilter, rosterCadenceFilter } from './rosterCadence';
import { activeRosterFilterCount, normalizeRosterFilter, sanitizeRosterFilter, withRosterFilterValue } from './rosterFilter';
import { clearRosterFilterPrefs, loadRosterPrefs, rosterPrefsKey, saveRosterPrefs } from './rosterPrefs';
import { fixedTranslator } from '../../i18n/fixedTranslator';

const today = { date: '2026-03-16', year: 2026 };

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value) };
}

describe('the 12-4-2-1 filter chip', () => {
  it('describes a filter from the dashboard: year, day, then statuses or a measure', async () => {
    const t = await fixedTranslator('zh-CN');
    expect(cadenceFilterText({ year: 2025, asOf: '2025-12-31', measure: { name: 'reviews', standing: 'behind' } }, t)).toBe('2025 年 · 截至 2025-12-31 · 资产配置检视 落后');
    expect(cadenceFilterText({ year: 2026, asOf: '2026-03-16', statuses: ['at_risk'] }, t)).toBe('2026 年 · 截至 2026-03-16 · 有风险');
    expect(cadenceFilterText({ year: 2026, asOf: '2026-03-16', statuses: ['complete', 'on_track'] }, t)).toBe('2026 年 · 截至 2026-03-16 · 已达标、按计划');
    expect(cadenceFilterText({ year: 2026, asOf: '2026-06-30', measure: { name: 'faceToFace', standing: 'onPace' } }, t)).toBe('2026 年 · 截至 2026-06-30 · 面谈检视 按进度');
  });

  it('reads in English too', async () => {
    const t = await fixedTranslator('en');
    expect(cadenceFilterText({ year: 2025, asOf: '2025-12-31', measure: { name: 'annualReport', standing: 'met' } }, t)).toBe('2025 · as of 2025-12-31 · Annual report: Met');
    expect(cadenceFilterText({ year: 2025, asOf: '2025-12-31', statuses: ['behind'] }, t)).toBe('2025 · as of 2025-12-31 · Behind');
  });
});

describe('the roster 12-4-2-1 filter', () => {
  it('sends the roster’s own statuses for this year as of today, in contract order', () => {
    expect(rosterCadenceFilter([], null, today)).toBeUndefined();
    expect(rosterCadenceFilter(['behind', 'at_risk'], null, today)).toEqual({ year: 2026, asOf: '2026-03-16', statuses: ['at_risk', 'behind'] });
  });

  it('lets a filter from the dashboard override the own choice while its chip is open', () => {
    const fromDashboard = { year: 2025, asOf: '2025-12-31', measure: { name: 'reviews' as const, standing: 'behind' as const } };
    expect(rosterCadenceFilter(['at_risk'], fromDashboard, today)).toEqual(fromDashboard);
    const filter = effectiveRosterFilter({ tiers: ['private'] }, ['at_risk'], fromDashboard, today);
    expect(filter).toEqual({ tiers: ['private'], cadence: fromDashboard });
    expect(activeRosterFilterCount(filter)).toBe(2);
    expect(rosterPageInputSchema.safeParse({ offset: 0, limit: 10, filter }).success).toBe(true);
  });

  it('normalises: statuses ordered and unique, a filter choosing nothing dropped', () => {
    expect(normalizeRosterFilter({ cadence: { year: 2026, asOf: '2026-03-16', statuses: [] } })).toEqual({});
    expect(normalizeRosterFilter({ cadence: { asOf: '2026-03-16', statuses: ['behind', 'complete', 'behind'], year: 2026 } })).toEqual({
      cadence: { year: 2026, asOf: '2026-03-16', statuses: ['complete', 'behind'] },
    });
  });

  it('keeps the 12-4-2-1 part when another filter changes', () => {
    const cadence = { year: 2026, asOf: '2026-03-16', statuses: ['behind' as const] };
    expect(withRosterFilterValue({ cadence }, 'tiers', ['wealth'])).toEqual({ tiers: ['wealth'], cadence });
  });

  it('never saves a 12-4-2-1 filter with a day in it; the own statuses are saved apart', () => {
    const storage = memoryStorage();
    saveRosterPrefs(storage, 'adv-1', {
      sort: { field: 'cadenceStatus', order: 'asc' },
      filter: { tiers: ['private'], cadence: { year: 2025, asOf: '2025-12-31', statuses: ['behind'] } },
      cadenceStatuses: ['behind', 'at_risk'],
    });
    const saved = JSON.parse(storage.map.get(rosterPrefsKey('adv-1'))!) as { filter: object; cadenceStatuses: string[] };
    expect(saved.filter).toEqual({ tiers: ['private'] });
    expect(saved.cadenceStatuses).toEqual(['at_risk', 'behind']);
    expect(loadRosterPrefs(storage, 'adv-1')).toEqual({ sort: { field: 'cadenceStatus', order: 'asc' }, filter: { tiers: ['private'] }, cadenceStatuses: ['at_risk', 'behind'] });
    // Whatever is in storage, a cadence part is not read back.
    expect(sanitizeRosterFilter({ cadence: { year: 2025, asOf: '2025-12-31', statuses: ['behind'] } })).toEqual({});
  });

  it('drops unknown saved statuses', () => {
    const storage = memoryStorage({ [rosterPrefsKey('adv-1')]: JSON.stringify({ v: 1, cadenceStatuses: ['behind', 'hopeless'] }) });
    expect(loadRosterPrefs(storage, 'adv-1').cadenceStatuses).toEqual([]);
  });

  it('lets go of the roster’s own filters (not its sort) when the dashboard opens it', () => {
    const storage = memoryStorage();
    saveRosterPrefs(storage, 'adv-1', { sort: { field: 'name', order: 'asc' }, filter: { tags: ['家族'] }, cadenceStatuses: ['behind'] });
    clearRosterFilterPrefs(storage, 'adv-1');
    expect(loadRosterPrefs(storage, 'adv-1')).toEqual({ sort: { field: 'name', order: 'asc' }, filter: {}, cadenceStatuses: [] });
  });
});

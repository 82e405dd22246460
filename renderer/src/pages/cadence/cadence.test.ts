import { describe, expect, it } from 'vitest';
import type { PlanEntry } from '../../../../shared/api';
import { bankToday } from '../../hooks/bankToday';
import { cadenceYearOptions, defaultAsOf, isTodayScope } from './cadenceScope';
import { cadenceTabOf, cadenceTabSection } from './cadenceTabs';
import { groupPlanByMonth, icsFileName, planCounts } from './plan/planGroups';
import { worklistPreset } from './worklist/worklistPreset';

describe('the dashboard scope', () => {
  const today = { date: '2026-03-16', year: 2026 };

  it('offers this year, the two before and the next (and a chosen one no longer among them)', () => {
    expect(cadenceYearOptions(2026)).toEqual([2024, 2025, 2026, 2027]);
    expect(cadenceYearOptions(2026, 2025)).toEqual([2024, 2025, 2026, 2027]);
    expect(cadenceYearOptions(2027, 2024)).toEqual([2024, 2025, 2026, 2027, 2028]);
  });

  it('looks back at a past year as of its 31 December, at this and later years as of today', () => {
    expect(defaultAsOf(2025, today)).toBe('2025-12-31');
    expect(defaultAsOf(2024, today)).toBe('2024-12-31');
    expect(defaultAsOf(2026, today)).toBe('2026-03-16');
    expect(defaultAsOf(2027, today)).toBe('2026-03-16');
  });

  it('knows "this year, today" (kept as no choice at all, so it moves with the clock)', () => {
    expect(isTodayScope({ year: 2026, asOf: '2026-03-16' }, today)).toBe(true);
    expect(isTodayScope({ year: 2026, asOf: '2026-03-15' }, today)).toBe(false);
    expect(isTodayScope({ year: 2025, asOf: '2026-03-16' }, today)).toBe(false);
  });

  it('reads today in China time', () => {
    // 2025-12-31 16:30 UTC is already 1 January in Shanghai.
    expect(bankToday(Date.parse('2025-12-31T16:30:00Z'))).toEqual({ date: '2026-01-01', year: 2026 });
    expect(bankToday(Date.parse('2025-12-31T15:59:59Z'))).toEqual({ date: '2025-12-31', year: 2025 });
  });

  it('addresses the tabs by the hash', () => {
    expect(cadenceTabOf(null)).toBe('overview');
    expect(cadenceTabOf('plan')).toBe('plan');
    expect(cadenceTabOf('nonsense')).toBe('overview');
    expect(cadenceTabSection('overview')).toBeUndefined();
    expect(cadenceTabSection('plan')).toBe('plan');
  });
});

describe('worklist presets for the interaction form', () => {
  it('leaves a plain monthly contact or the annual report as usual', () => {
    expect(worklistPreset(['month_due'])).toEqual({});
    expect(worklistPreset(['annual_report_due'])).toEqual({});
  });

  it('presets 资产配置检视 with the review switch on when a review is due', () => {
    expect(worklistPreset(['month_due', 'review_expected'])).toEqual({ theme: '资产配置检视', isAllocationReview: true });
  });

  it('adds the face-to-face channel when a face-to-face review is due', () => {
    expect(worklistPreset(['face_to_face_expected'])).toEqual({ theme: '资产配置检视', isAllocationReview: true, channel: 'face_to_face' });
    expect(worklistPreset(['month_due', 'review_expected', 'face_to_face_expected', 'annual_report_due'])).toEqual({
      theme: '资产配置检视',
      isAllocationReview: true,
      channel: 'face_to_face',
    });
  });
});

describe('the year plan', () => {
  const entry = (date: string, kind: PlanEntry['kind'], overCapacity = false, clientId = 'c-1'): PlanEntry => ({ clientId, name: '张三', date, kind, overCapacity });

  it('groups entries by month, months and days in order, a day keeping the host’s order', () => {
    const entries = [
      entry('2026-05-04', 'contact', false, 'c-2'),
      entry('2026-04-30', 'review', true),
      entry('2026-05-04', 'review', false, 'c-1'),
      entry('2026-04-01', 'contact'),
      entry('2026-12-10', 'annual_report', true),
    ];
    const months = groupPlanByMonth(entries);
    expect(months.map((m) => [m.month, m.entries.length, m.overCapacity])).toEqual([
      ['2026-04', 2, 1],
      ['2026-05', 2, 0],
      ['2026-12', 1, 1],
    ]);
    expect(months[0]!.entries.map((e) => e.date)).toEqual(['2026-04-01', '2026-04-30']);
    expect(months[1]!.entries.map((e) => e.clientId)).toEqual(['c-2', 'c-1']);
    expect(groupPlanByMonth([])).toEqual([]);
  });

  it('counts entries in all, per kind and over the cap', () => {
    const counts = planCounts([entry('2026-04-01', 'contact'), entry('2026-04-02', 'contact', true), entry('2026-06-01', 'face_to_face_review'), entry('2026-12-01', 'annual_report')]);
    expect(counts).toEqual({ total: 4, byKind: { contact: 2, review: 0, face_to_face_review: 1, annual_report: 1 }, overCapacity: 1 });
    expect(planCounts([]).total).toBe(0);
  });

  it('saves under the host’s name, made safe, as .ics', () => {
    expect(icsFileName('12-4-2-1-plan-2026.ics')).toBe('12-4-2-1-plan-2026.ics');
    expect(icsFileName('王芳 2026 年度计划.ics')).toBe('王芳 2026 年度计划.ics');
    expect(icsFileName('../../etc/passwd')).toBe('_.._etc_passwd.ics');
    expect(icsFileName('a:b*c?.ICS')).toBe('a_b_c_.ICS');
    expect(icsFileName('  ')).toBe('plan.ics');
  });
});

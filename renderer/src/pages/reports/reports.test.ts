import { describe, expect, it } from 'vitest';
import { REPORT_NOTES_MAX, reportRequestSchema } from '../../../../shared/api';
import { EMPTY_SURVEY, overNotesLimit, reportRequestOf, surveyOf } from './request/reportRequest';

const clientId = '0190a3e2-7c4b-7d2e-9a3f-2b1c4d5e6f70';

describe('the report request', () => {
  it('sends the plan and the survey with the annual report only', () => {
    const survey = { ...EMPTY_SURVEY, goals: '子女教育金', horizon: '3_5y' as const };
    const values = { notes: '感谢信任', nextYearPlan: '增配固收' };
    expect(reportRequestOf(clientId, { ...values, kind: 'allocation' }, survey)).toEqual({ clientId, kind: 'allocation', notes: '感谢信任', nextYearPlan: '', survey: null });
    const annual = reportRequestOf(clientId, { ...values, kind: 'annual_wealth' }, survey);
    expect(annual).toEqual({ clientId, kind: 'annual_wealth', notes: '感谢信任', nextYearPlan: '增配固收', survey });
    expect(reportRequestSchema.safeParse(annual).success).toBe(true);
  });

  it('fills the survey the contract wants from a form with nothing chosen', () => {
    expect(surveyOf({})).toEqual(EMPTY_SURVEY);
    expect(surveyOf({ horizon: undefined, riskAppetiteChange: 'lower', familyEvents: '孙辈出生' })).toEqual({ ...EMPTY_SURVEY, riskAppetiteChange: 'lower', familyEvents: '孙辈出生' });
  });

  it('flags notes over the limit, counted as the contract counts', () => {
    expect(overNotesLimit('字'.repeat(REPORT_NOTES_MAX))).toBe(false);
    expect(overNotesLimit('字'.repeat(REPORT_NOTES_MAX + 1))).toBe(true);
    // An emoji is two UTF-16 units, as zod's max counts them.
    expect(overNotesLimit('😀'.repeat(REPORT_NOTES_MAX / 2 + 1))).toBe(true);
  });
});

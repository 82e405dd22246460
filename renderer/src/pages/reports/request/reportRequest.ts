import type { NeedsSurvey } from '../../../../../shared/api';
import { REPORT_NOTES_MAX } from '../../../../../shared/api';
import type { ReportKind } from '../../../../../shared/domain';
import type { ReportRequest } from '../../../store/endpoints/reports';

/** The request form's values; the plan for next year matters only to the annual report. */
export interface ReportFormValues {
  kind: ReportKind;
  notes: string;
  nextYearPlan: string;
}

export const INITIAL_REPORT_FORM: ReportFormValues = { kind: 'allocation', notes: '', nextYearPlan: '' };

/** The survey form's values: Select and Radio leave a choice undefined until one is made. */
export type SurveyFormValues = { [K in keyof NeedsSurvey]?: NeedsSurvey[K] | undefined };

export const EMPTY_SURVEY: NeedsSurvey = {
  goals: '',
  horizon: null,
  liquidityNeeds: '',
  riskAppetiteChange: null,
  familyEvents: '',
  enterpriseEvents: '',
};

/** The survey as the contract wants it: every field present, no choice made is null. */
export function surveyOf(values: SurveyFormValues): NeedsSurvey {
  return {
    goals: values.goals ?? '',
    horizon: values.horizon ?? null,
    liquidityNeeds: values.liquidityNeeds ?? '',
    riskAppetiteChange: values.riskAppetiteChange ?? null,
    familyEvents: values.familyEvents ?? '',
    enterpriseEvents: values.enterpriseEvents ?? '',
  };
}

/** What `reports.generate` gets: the plan and the survey go with the annual report only. */
export function reportRequestOf(clientId: string, values: ReportFormValues, survey: NeedsSurvey): ReportRequest {
  const annual = values.kind === 'annual_wealth';
  return {
    clientId,
    kind: values.kind,
    notes: values.notes,
    nextYearPlan: annual ? values.nextYearPlan : '',
    survey: annual ? survey : null,
  };
}

/**
 * Whether a text is over the contract's limit (UTF-16 units, as zod counts). The form says so
 * but sends it anyway: the host refuses it with LIMIT, and the RM's words are never cut.
 */
export function overNotesLimit(text: string): boolean {
  return text.length > REPORT_NOTES_MAX;
}

import type { NeedsSurvey } from './reports';
import type { ReportKind } from '../domain/enums';

/** The sections of a report the RM writes: the needs survey and next year's plan (annual only), and the opinion. */
export const WRITTEN_SECTIONS = ['survey', 'plan', 'notes'] as const;
export type WrittenSection = (typeof WRITTEN_SECTIONS)[number];

const written = (text: string) => text.trim().length > 0;

/** Whether the needs survey has any answer. */
export function surveyAnswered(survey: NeedsSurvey | null): boolean {
  if (!survey) return false;
  return [survey.goals, survey.liquidityNeeds, survey.familyEvents, survey.enterpriseEvents].some(written) || survey.horizon !== null || survey.riskAppetiteChange !== null;
}

/**
 * The written sections a report would have empty: the report leaves them out (a client's report
 * never prints 暂无), and the desk asks the RM before generating without them. One rule for both.
 */
export function emptyWrittenSections(report: { kind: ReportKind; notes: string; nextYearPlan: string; survey: NeedsSurvey | null }): WrittenSection[] {
  const annual = report.kind === 'annual_wealth';
  return [
    ...(annual && !surveyAnswered(report.survey) ? (['survey'] as const) : []),
    ...(annual && !written(report.nextYearPlan) ? (['plan'] as const) : []),
    ...(!written(report.notes) ? (['notes'] as const) : []),
  ];
}

import dayjs from 'dayjs';

/** A client's risk assessment is valid for 12 months (glossary). */
export const RISK_ASSESSMENT_VALID_MONTHS = 12;

/** The earliest assessment date still valid on `today`, as `YYYY-MM-DD`. */
export function riskAssessmentCutoff(today: Date | number): string {
  return dayjs(today).subtract(RISK_ASSESSMENT_VALID_MONTHS, 'month').format('YYYY-MM-DD');
}

/** ISO dates compare as strings, so this is cheap enough for every visible row. */
export function isRiskAssessmentExpired(assessedAt: string, cutoff: string): boolean {
  return assessedAt < cutoff;
}

import type { ClientRiskLevel, ProductRiskRating } from '../domain/enums';
import type { DateParts } from '../time/zoned';
import { addDays, addMonths, formatDate, parseDate } from '../time/zoned';

/** A risk assessment is valid for 12 months (glossary). */
export const ASSESSMENT_VALID_MONTHS = 12;
/** "Expiring" means within this many days. */
export const ASSESSMENT_WARNING_DAYS = 30;

const level = (value: string) => Number(value.slice(1));

/**
 * Suitability (glossary): a client at Cn may hold or be offered products up to Rn. A client never
 * assessed may be offered nothing.
 */
export function exceedsClientRisk(product: ProductRiskRating, client: ClientRiskLevel | null): boolean {
  return client === null || level(product) > level(client);
}

export interface AssessmentStatus {
  expiresOn: string | null;
  expired: boolean;
  expiringSoon: boolean;
}

/** Whether an assessment (a `YYYY-MM-DD`, or none) still holds on `today`. */
export function assessmentStatus(assessedOn: string | null, today: DateParts): AssessmentStatus {
  if (assessedOn === null) return { expiresOn: null, expired: true, expiringSoon: false };
  const expiresOn = formatDate(addMonths(parseDate(assessedOn), ASSESSMENT_VALID_MONTHS));
  const todayText = formatDate(today);
  const expired = expiresOn <= todayText;
  const expiringSoon = !expired && expiresOn <= formatDate(addDays(today, ASSESSMENT_WARNING_DAYS));
  return { expiresOn, expired, expiringSoon };
}

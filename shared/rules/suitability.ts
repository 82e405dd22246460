import type { ClientRiskLevel, ProductRiskRating } from '../domain/enums';
import type { DateParts } from '../time/zoned';
import type { AssessmentState } from './assessment';
import { assessmentStatus } from './assessment';

/**
 * Why a product is or is not suitable for a client, most basic first: no assessment (or no
 * level), an expired one, then the product's risk above the client's level.
 */
export const SUITABILITY_REASONS = ['suitable', 'not_assessed', 'assessment_expired', 'exceeds_risk'] as const;
export type SuitabilityReason = (typeof SUITABILITY_REASONS)[number];

export interface SuitabilityVerdict {
  suitable: boolean;
  reason: SuitabilityReason;
}

/** What the rule reads of a client: the level Cn and the day (bank's zone) it was assessed. */
export interface AssessedClient {
  riskLevel: ClientRiskLevel | null;
  riskAssessedAt: string | null;
}

export interface SuitabilityRule {
  /** The verdict for a product of this risk rating. */
  of(product: ProductRiskRating): SuitabilityVerdict;
  /** Why nothing at all may be offered to the client, or null when products up to its level may. */
  blockedBy: 'not_assessed' | 'assessment_expired' | null;
}

const level = (value: string) => Number(value.slice(1));
// Shared by every product judged: frozen, so no caller can change another's verdict.
const SUITABLE: SuitabilityVerdict = Object.freeze({ suitable: true, reason: 'suitable' });
const EXCEEDS: SuitabilityVerdict = Object.freeze({ suitable: false, reason: 'exceeds_risk' });

/**
 * Suitability (glossary, docs/glossary.md), decided once: a product of risk Rn suits a client at
 * Cm when n ≤ m and the client's assessment still holds on `today` (the bank's day; an
 * "expiring" assessment still holds). Core, reports and renderer all judge products through it.
 */
export function suitabilityRule(client: AssessedClient, today: DateParts | string): SuitabilityRule {
  return suitabilityOnState(client.riskLevel, assessmentStatus(client.riskAssessedAt, today).state);
}

/**
 * The same rule on an assessment state already read (`assessmentStatus(...).state`). A level
 * without an assessment date is no assessment: the date is what proves it was made.
 */
export function suitabilityOnState(clientLevel: ClientRiskLevel | null, state: AssessmentState): SuitabilityRule {
  if (clientLevel === null || state === 'missing') return blocked('not_assessed');
  if (state === 'expired') return blocked('assessment_expired');
  const limit = level(clientLevel);
  return { blockedBy: null, of: (product) => (level(product) > limit ? EXCEEDS : SUITABLE) };
}

function blocked(reason: 'not_assessed' | 'assessment_expired'): SuitabilityRule {
  const verdict: SuitabilityVerdict = Object.freeze({ suitable: false, reason });
  return { blockedBy: reason, of: () => verdict };
}

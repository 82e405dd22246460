import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_RISK_LEVELS, PRODUCT_RISK_RATINGS } from '../domain/enums';
import { addDays, formatDate, parseDate } from '../time/zoned';
import { assessmentStatus } from './assessment';
import { suitabilityOnState, suitabilityRule } from './suitability';

const today = '2026-11-28';
const assessed = (riskAssessedAt: string | null, riskLevel: (typeof CLIENT_RISK_LEVELS)[number] | null = 'C3') => suitabilityRule({ riskLevel, riskAssessedAt }, today);

describe('the suitability rule', () => {
  it('allows products up to the client level on a valid assessment: C3 holds R3, not R4', () => {
    const rule = assessed('2026-03-15');
    expect(rule.of('R3')).toEqual({ suitable: true, reason: 'suitable' });
    expect(rule.of('R1')).toEqual({ suitable: true, reason: 'suitable' });
    expect(rule.of('R4')).toEqual({ suitable: false, reason: 'exceeds_risk' });
    expect(rule.blockedBy).toBeNull();
  });

  it('holds through the day before the anniversary (expiring still holds) and blocks every product on it', () => {
    expect(assessed('2025-11-29').of('R1')).toEqual({ suitable: true, reason: 'suitable' });
    const expired = assessed('2025-11-28');
    expect(expired.blockedBy).toBe('assessment_expired');
    for (const rating of PRODUCT_RISK_RATINGS) expect(expired.of(rating)).toEqual({ suitable: false, reason: 'assessment_expired' });
    // 29 February expires on 28 February.
    expect(suitabilityRule({ riskLevel: 'C5', riskAssessedAt: '2024-02-29' }, '2025-02-27').of('R5').suitable).toBe(true);
    expect(suitabilityRule({ riskLevel: 'C5', riskAssessedAt: '2024-02-29' }, '2025-02-28').of('R5').reason).toBe('assessment_expired');
  });

  it('offers nothing without an assessment: no date, or no level', () => {
    expect(assessed(null).of('R1')).toEqual({ suitable: false, reason: 'not_assessed' });
    expect(assessed('2026-03-15', null).of('R1')).toEqual({ suitable: false, reason: 'not_assessed' });
    expect(assessed(null, null).blockedBy).toBe('not_assessed');
  });

  it('is suitable exactly when Rn ≤ Cn and the assessment holds on the bank day', () => {
    const day = fc.integer({ min: 0, max: 1_500 }).map((n) => formatDate(addDays(parseDate('2024-01-01'), n)));
    fc.assert(
      fc.property(fc.constantFrom(...PRODUCT_RISK_RATINGS), fc.option(fc.constantFrom(...CLIENT_RISK_LEVELS)), fc.option(day), day, (rating, level, assessedOn, on) => {
        const verdict = suitabilityRule({ riskLevel: level, riskAssessedAt: assessedOn }, on).of(rating);
        const holds = assessedOn !== null && !assessmentStatus(assessedOn, on).expired;
        expect(verdict.suitable).toBe(level !== null && holds && Number(rating.slice(1)) <= Number(level.slice(1)));
        expect(verdict.suitable).toBe(verdict.reason === 'suitable');
        // One rule: reading the state first gives the same verdict.
        expect(suitabilityOnState(level, assessmentStatus(assessedOn, on).state).of(rating)).toEqual(verdict);
      }),
      { numRuns: 3_000 },
    );
  });
});

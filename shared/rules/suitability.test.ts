import { describe, expect, it } from 'vitest';
import { assessmentStatus, exceedsClientRisk } from './suitability';

describe('suitability', () => {
  it('allows products up to the client level and flags anything above, or any product for an unassessed client', () => {
    expect(exceedsClientRisk('R3', 'C3')).toBe(false);
    expect(exceedsClientRisk('R1', 'C5')).toBe(false);
    expect(exceedsClientRisk('R4', 'C3')).toBe(true);
    expect(exceedsClientRisk('R1', null)).toBe(true);
  });

  it('reads an assessment as valid for 12 months, warning in the last 30 days', () => {
    const today = { year: 2026, month: 11, day: 28 };
    expect(assessmentStatus('2025-11-28', today)).toEqual({ expiresOn: '2026-11-28', expired: true, expiringSoon: false });
    expect(assessmentStatus('2025-11-29', today)).toEqual({ expiresOn: '2026-11-29', expired: false, expiringSoon: true });
    expect(assessmentStatus('2025-12-28', today)).toEqual({ expiresOn: '2026-12-28', expired: false, expiringSoon: true });
    expect(assessmentStatus('2025-12-29', today)).toEqual({ expiresOn: '2026-12-29', expired: false, expiringSoon: false });
    expect(assessmentStatus(null, today)).toEqual({ expiresOn: null, expired: true, expiringSoon: false });
    expect(assessmentStatus('2024-02-29', { year: 2025, month: 2, day: 28 }).expiresOn).toBe('2025-02-28');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, parseDate } from '../time/zoned';
import { assessedOnOrBeforeExpiredBy, assessmentFilterBounds, assessmentStateOfExpiry, assessmentStatus } from './assessment';

describe('the risk assessment rule', () => {
  it('holds for 12 months: valid the day before the anniversary, expired on it, expiring in the last 30 days', () => {
    const today = { year: 2026, month: 11, day: 28 };
    expect(assessmentStatus('2025-11-28', today)).toEqual({ state: 'expired', expiresOn: '2026-11-28', validThrough: '2026-11-27', expired: true, expiringSoon: false });
    expect(assessmentStatus('2025-11-29', today)).toEqual({ state: 'expiring', expiresOn: '2026-11-29', validThrough: '2026-11-28', expired: false, expiringSoon: true });
    expect(assessmentStatus('2025-12-28', today).state).toBe('expiring');
    expect(assessmentStatus('2025-12-29', today).state).toBe('valid');
    expect(assessmentStatus(null, today)).toEqual({ state: 'missing', expiresOn: null, validThrough: null, expired: true, expiringSoon: false });
    expect(assessmentStatus('2024-02-29', '2025-02-28')).toMatchObject({ expiresOn: '2025-02-28', state: 'expired' });
  });

  it('reads the same from the expiry date alone (the roster row carries only that)', () => {
    expect(assessmentStateOfExpiry('2026-12-02', '2026-12-02')).toBe('expired');
    expect(assessmentStateOfExpiry('2026-12-03', '2026-12-02')).toBe('expiring');
    expect(assessmentStateOfExpiry('2027-01-01', '2026-12-02')).toBe('expiring');
    expect(assessmentStateOfExpiry('2027-01-02', '2026-12-02')).toBe('valid');
    expect(assessmentStateOfExpiry(null, '2026-12-02')).toBe('missing');
  });

  it('gives SQL bounds that select exactly the dates the rule calls expired or expiring', () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((n) => formatDate(addDays(parseDate('2023-01-01'), n)));
    fc.assert(
      fc.property(day, day, (assessedOn, today) => {
        const { state } = assessmentStatus(assessedOn, today);
        const { expiredBy, expiringBy } = assessmentFilterBounds(today);
        expect(assessedOn <= expiredBy, `${assessedOn} on ${today}`).toBe(state === 'expired');
        expect(assessedOn > expiredBy && assessedOn <= expiringBy, `${assessedOn} on ${today}`).toBe(state === 'expiring');
      }),
      { numRuns: 5_000 },
    );
    expect(assessedOnOrBeforeExpiredBy('2025-02-28')).toBe('2024-02-29');
    expect(assessedOnOrBeforeExpiredBy('2026-12-02')).toBe('2025-12-02');
  });
});

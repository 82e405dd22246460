import { describe, expect, it } from 'vitest';
import { exceedsClientRisk } from './suitability';

describe('suitability', () => {
  it('allows products up to the client level and flags anything above, or any product for an unassessed client', () => {
    expect(exceedsClientRisk('R3', 'C3')).toBe(false);
    expect(exceedsClientRisk('R1', 'C5')).toBe(false);
    expect(exceedsClientRisk('R4', 'C3')).toBe(true);
    expect(exceedsClientRisk('R1', null)).toBe(true);
  });
});

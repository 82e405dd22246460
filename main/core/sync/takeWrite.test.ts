import { describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../../shared/wire';
import { takeWrite } from './pullChanges';

/** A page of `size` changes (their content does not matter to the grouping). */
const page = (size: number, cursor: number): ChangesPage => ({ changes: Array.from({ length: size }) as ChangesPage['changes'], cursor: String(cursor), hasMore: true });

describe('the pages of one write', () => {
  it('takes the waiting pages in order up to 10,000 changes, and always the first one, however large', () => {
    expect(takeWrite([page(5000, 1), page(5000, 2), page(5000, 3)]).map((p) => p.cursor)).toEqual(['1', '2']);
    expect(takeWrite([page(4000, 1), page(4000, 2), page(1000, 3), page(2000, 4)]).map((p) => p.cursor)).toEqual(['1', '2', '3']);
    expect(takeWrite([page(12_000, 1), page(10, 2)]).map((p) => p.cursor)).toEqual(['1']);
    expect(takeWrite([page(0, 1)]).map((p) => p.cursor)).toEqual(['1']);
  });
});

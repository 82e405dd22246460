import type { BookCadence } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import { emptyTally, tally } from './bookTally';
import type { CadenceScope } from './scopes';

/** The dashboard's figures from a book's results, counted afresh. */
export function summarise(results: Map<string, CadenceResult>, scope: CadenceScope): BookCadence {
  const book = emptyTally(scope);
  for (const result of results.values()) tally(book, result, 1);
  return book;
}

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api';
import { toApiError } from './errors';

describe('toApiError', () => {
  it('keeps the code and message of a host error, thrown or unwrapped from RTK Query', () => {
    expect(toApiError(new AppError('LIMIT', 'notes: at most 20,000 characters'))).toMatchObject({ code: 'LIMIT', message: 'notes: at most 20,000 characters' });
    expect(toApiError({ code: 'LIMIT', message: 'too long' })).toEqual({ code: 'LIMIT', message: 'too long' });
  });

  it('makes anything else an INTERNAL error with a readable message', () => {
    expect(toApiError(new Error('boom'))).toEqual({ code: 'INTERNAL', message: 'boom' });
    expect(toApiError('odd')).toEqual({ code: 'INTERNAL', message: 'odd' });
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api';
import { asApiError, toApiError } from './errors';

describe('toApiError', () => {
  it('keeps the reason and params of a host error, thrown or unwrapped from RTK Query', () => {
    const limit = new AppError('report.text_too_long', { field: 'notes', max: 20_000, length: 20_001 });
    expect(toApiError(limit)).toMatchObject({ code: 'LIMIT', reason: 'report.text_too_long', params: { field: 'notes', max: 20_000, length: 20_001 } });
    const stored = new AppError('chat.text_too_long', { max: 4000, length: 4001 }).toApiError();
    expect(toApiError(stored)).toEqual(stored);
  });

  it('makes anything else internal.unexpected, its text kept for the logs', () => {
    expect(toApiError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', reason: 'internal.unexpected', params: {}, message: 'boom' });
    expect(toApiError('odd')).toMatchObject({ code: 'INTERNAL', reason: 'internal.unexpected', message: 'odd' });
  });

  it('does not take an old-style error without a reason for one', () => {
    expect(asApiError({ code: 'LIMIT', message: 'too long' })).toBeNull();
  });
});

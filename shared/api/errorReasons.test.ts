import { describe, expect, it } from 'vitest';
import { AppError, apiErrorSchema, validationError } from './envelope';
import { ERROR_REASONS, errorReasons, instantParamsOf } from './errorReasons';
import { z } from 'zod';

describe('error reasons', () => {
  it('carry their code and typed parameters across the envelope', () => {
    const error = new AppError('session.locked_out', { until: '2026-12-02T08:00:00.000Z' });
    expect(error.code).toBe('LOCKED');
    const wire = error.toApiError();
    expect(apiErrorSchema.parse(wire)).toEqual(wire);
    expect(wire).toMatchObject({ code: 'LOCKED', reason: 'session.locked_out', params: { until: '2026-12-02T08:00:00.000Z' } });
    expect(AppError.fromApiError(wire).toApiError()).toEqual(wire);
  });

  it('name which parameters are instants', () => {
    expect(instantParamsOf('session.locked_out')).toEqual(['until']);
    expect(instantParamsOf('chat.text_too_long')).toEqual([]);
  });

  it('have parameter schemas that are objects', () => {
    for (const reason of ERROR_REASONS) expect(errorReasons[reason].params).toBeInstanceOf(z.ZodObject);
  });

  it('turn zod issues into field reasons with their limits', () => {
    const schema = z.object({ name: z.string().min(2).max(4), age: z.number().max(10), kind: z.enum(['a', 'b']) }).strict();
    const result = schema.safeParse({ name: 'abcdef', age: 11, kind: 'c', extra: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = validationError(result.error);
    expect(error.reason).toBe('request.invalid');
    expect(error.details?.map((d) => [d.path, d.reason, d.params])).toEqual([
      ['input.name', 'too_long', { max: 4 }],
      ['input.age', 'too_big', { max: 10 }],
      ['input.kind', 'not_allowed', {}],
      ['input', 'unknown_field', {}],
    ]);
    const missing = z.object({ name: z.string() }).safeParse({});
    if (!missing.success) expect(validationError(missing.error).details?.[0]?.reason).toBe('required');
  });
});

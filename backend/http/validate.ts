import type { z } from 'zod';
import { describeZodError } from '../zodError';
import { WireHttpError } from './errors';

/** Parses request input with a zod schema; a failure is a 400 naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new WireHttpError(400, 'BAD_REQUEST', describeZodError(result.error, where));
  return result.data;
}

/**
 * `?cursor=&limit=` with empty values means "not given": a client building the URL from a
 * template should not get a 400 for an empty field. Anything else is left for zod to judge.
 */
export function dropEmptyParams(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}

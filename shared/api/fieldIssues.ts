import { z } from 'zod';

/**
 * What is wrong with one field of an input, as a key the renderer translates (with the field's
 * own name from its form): required, too long, not one of the choices, a promise of returns, …
 */
export const FIELD_REASONS = ['required', 'wrong_type', 'too_short', 'too_long', 'too_small', 'too_big', 'bad_format', 'not_allowed', 'unknown_field', 'invalid', 'promise'] as const;
export const fieldReasonSchema = z.enum(FIELD_REASONS);
export type FieldReason = z.infer<typeof fieldReasonSchema>;

/**
 * One problem with an input: where (a dotted path, `input` for the whole), why (`reason` and its
 * `params`: `min`/`max` for lengths and sizes, `term` for a promise), and `message`, a
 * developer's note for logs that is never shown.
 */
export const fieldIssueSchema = z.object({
  path: z.string(),
  reason: fieldReasonSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** A zod issue as a field issue, with the path the caller used (`input.sort.field`). */
export function fieldIssueOf(issue: z.core.$ZodIssue, root = 'input'): FieldIssue {
  const path = [root, ...issue.path.map(String)].join('.');
  const { reason, params } = reasonOf(issue);
  return { path, reason, params, message: issue.message };
}

function reasonOf(issue: z.core.$ZodIssue): { reason: FieldReason; params: Record<string, number> } {
  switch (issue.code) {
    case 'invalid_type':
      return { reason: issue.input === undefined ? 'required' : 'wrong_type', params: {} };
    case 'too_small': {
      const min = Number(issue.minimum);
      return lengthLike(issue.origin) ? { reason: 'too_short', params: { min } } : { reason: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return lengthLike(issue.origin) ? { reason: 'too_long', params: { max } } : { reason: 'too_big', params: { max } };
    }
    case 'invalid_format':
      return { reason: 'bad_format', params: {} };
    case 'invalid_value':
    case 'invalid_union':
      return { reason: 'not_allowed', params: {} };
    case 'unrecognized_keys':
      return { reason: 'unknown_field', params: {} };
    default:
      return { reason: 'invalid', params: {} };
  }
}

/** Strings, arrays, sets and files are measured by their length; numbers and dates by value. */
function lengthLike(origin: string): boolean {
  return origin === 'string' || origin === 'array' || origin === 'set' || origin === 'file';
}

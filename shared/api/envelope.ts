import { z } from 'zod';

export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'LOCKED', 'OFFLINE', 'LIMIT', 'INTERNAL'] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One problem with an input: where (a dotted path, `input` for the whole) and what. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.array(fieldIssueSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** What every API call answers, over IPC and over the web host alike. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const apiResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

/** A failure a handler means to report; anything else thrown becomes `INTERNAL`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** zod issues as field issues, with the path the caller used (`input.sort.field`). */
export function issuesFromZod(error: z.ZodError, root = 'input'): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** A `VALIDATION` error naming every field at fault in its message, so a log line or toast is enough. */
export function validationError(error: z.ZodError, root = 'input'): AppError {
  const details = issuesFromZod(error, root);
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new AppError('VALIDATION', `Invalid ${root}: ${summary}`, details);
}

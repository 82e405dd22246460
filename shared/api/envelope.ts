import { z } from 'zod';
import type { ErrorCode } from './errorCodes';
import { errorCodeSchema } from './errorCodes';
import type { ErrorParams, ErrorReason } from './errorReasons';
import { errorReasons, errorReasonSchema } from './errorReasons';
import type { FieldIssue } from './fieldIssues';
import { fieldIssueOf, fieldIssueSchema } from './fieldIssues';

export { ERROR_CODES, errorCodeSchema } from './errorCodes';
export type { ErrorCode } from './errorCodes';
export type { FieldIssue, FieldReason } from './fieldIssues';
export { FIELD_REASONS, fieldIssueOf, fieldIssueSchema } from './fieldIssues';

const paramValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

/**
 * A failure as it crosses a boundary: `code` (the class), `reason` and `params` (what the
 * renderer translates), `details` (per field), and `message`, a developer's note for logs that
 * no screen shows.
 */
export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  reason: errorReasonSchema,
  params: z.record(z.string(), paramValueSchema),
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

/** A reason's parameters as the constructor takes them: optional when it has none. */
type ParamsArgs<R extends ErrorReason> = Record<string, never> extends ErrorParams<R>
  ? [params?: ErrorParams<R>, details?: FieldIssue[]]
  : [params: ErrorParams<R>, details?: FieldIssue[]];

/**
 * A failure a handler means to report; anything else thrown becomes `internal.unexpected`.
 * `new AppError('session.locked_out', { until })`: the code comes with the reason.
 */
export class AppError<R extends ErrorReason = ErrorReason> extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams<R>;
  readonly details: FieldIssue[] | undefined;

  constructor(
    readonly reason: R,
    ...[params, details]: ParamsArgs<R>
  ) {
    super(describe(reason, params ?? {}));
    this.name = 'AppError';
    this.code = errorReasons[reason].code;
    this.params = (params ?? {}) as ErrorParams<R>;
    this.details = details;
  }

  /** An envelope's error, thrown again on the caller's side (the renderer's client). */
  static fromApiError(error: ApiError): AppError {
    const rebuilt = new AppError(error.reason, error.params as never, error.details) as AppError;
    return rebuilt;
  }

  toApiError(): ApiError {
    const base = { code: this.code, reason: this.reason, params: this.params as ApiError['params'], message: this.message };
    return this.details ? { ...base, details: this.details } : base;
  }
}

/** The developer's note: the reason and its parameters, for logs and test output. */
function describe(reason: ErrorReason, params: object): string {
  const shown = Object.entries(params).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return shown.length > 0 ? `${reason} (${shown.join(', ')})` : reason;
}

/** zod issues as field issues, with the path the caller used (`input.sort.field`). */
export function issuesFromZod(error: z.ZodError, root = 'input'): FieldIssue[] {
  return error.issues.map((issue) => fieldIssueOf(issue, root));
}

/** A malformed request: `request.invalid`, one detail per field at fault. */
export function validationError(error: z.ZodError, root = 'input'): AppError {
  return new AppError('request.invalid', {}, issuesFromZod(error, root));
}

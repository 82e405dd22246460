import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { ReportInputError } from '../../../reports/errors';
import type { ReportJobFailure } from '../../../reports/batch/protocol';

/** A snapshot the renderer refused, as the API's error: too much is a LIMIT, anything else invalid. */
export function appErrorOf(error: unknown): unknown {
  if (error instanceof ReportInputError) return new AppError(error.reason === 'limit' ? 'report.input_too_large' : 'report.input_invalid');
  return error;
}

/**
 * Why one report of a batch could not be made, as a reason the RM's screen translates: our own
 * errors carry theirs; anything else (a bug, the disk) is named without its details, which may
 * hold data.
 */
export function failureOf(error: unknown): ApiError {
  const known = appErrorOf(error);
  if (known instanceof AppError) return known.toApiError();
  return new AppError('report.render_failed').toApiError();
}

/** A worker's failed job, as the same kind of reason. */
export function failureOfJob(failure: ReportJobFailure): ApiError {
  if (failure === 'invalid') return new AppError('report.input_invalid').toApiError();
  if (failure === 'limit') return new AppError('report.input_too_large').toApiError();
  return new AppError('report.render_failed').toApiError();
}

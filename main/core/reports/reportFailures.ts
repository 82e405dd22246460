import { AppError } from '../../../shared/api';
import { ReportInputError } from '../../../reports/errors';

/**
 * Why one report could not be made, in words for the RM: our own errors carry a message meant
 * for people; anything else (a bug, the disk) is named without its details, which may hold data.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof AppError || error instanceof ReportInputError) return error.message;
  return 'An unexpected error stopped this report; the others go on.';
}

/** A snapshot the renderer refused, as the API's error: too much is LIMIT, anything else VALIDATION. */
export function appErrorOf(error: unknown): unknown {
  if (error instanceof ReportInputError) return new AppError(error.reason === 'limit' ? 'LIMIT' : 'VALIDATION', error.message);
  return error;
}

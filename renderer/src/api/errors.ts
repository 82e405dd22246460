import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';

/**
 * RTK Query's error field, narrowed to our shape when it is one. Checked by shape, not by the
 * schema: a reason from a newer host is still an error to show (by its code, see errorText).
 */
export function asApiError(error: unknown): ApiError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, reason, params } = error as Record<string, unknown>;
  return typeof code === 'string' && typeof reason === 'string' && typeof params === 'object' && params !== null ? (error as ApiError) : null;
}

/**
 * Any thrown value as the serialisable error RTK Query keeps in the store. An RTK Query
 * `unwrap()` throws the endpoint's error as it is stored, already in this shape; anything else
 * is a fault of ours (`internal.unexpected`), its text kept in `message` for the logs only.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const known = asApiError(error);
  if (known) return known;
  const note = error instanceof Error ? error.message : String(error);
  return { ...new AppError('internal.unexpected').toApiError(), message: note };
}

import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';

/** RTK Query's error field, narrowed to our shape when it is one. */
export function asApiError(error: unknown): ApiError | null {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) return error as ApiError;
  return null;
}

/**
 * Any thrown value as the serialisable error RTK Query keeps in the store. An RTK Query
 * `unwrap()` throws the endpoint's error as it is stored, already in this shape.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return asApiError(error) ?? { code: 'INTERNAL', message: String(error) };
}

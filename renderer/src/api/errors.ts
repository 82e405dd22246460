import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';

/** Any thrown value as the serialisable error RTK Query keeps in the store. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}

/** RTK Query's error field, narrowed to our shape when it is one. */
export function asApiError(error: unknown): ApiError | null {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) return error as ApiError;
  return null;
}

import type { BaseQueryApi } from '@reduxjs/toolkit/query/react';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type { ApiClient, ApiError } from '../../../shared/api';
import { toApiError } from '../api/errors';
import { TAG_TYPES } from './refreshTags';

/** What the store's thunks get as `extra`: the typed client over the host's transport. */
export interface StoreExtra {
  client: ApiClient;
}

export function clientOf(api: Pick<BaseQueryApi, 'extra'>): ApiClient {
  return (api.extra as StoreExtra).client;
}

/** Runs a client call as a queryFn result: `{ data }` or `{ error }` (an ApiError, never a throw). */
export async function run<T>(call: () => Promise<T>): Promise<{ data: T } | { error: ApiError }> {
  try {
    return { data: await call() };
  } catch (error) {
    return { error: toApiError(error) };
  }
}

/**
 * The one RTK Query API, without endpoints: each contract feature injects its own
 * (`endpoints/<feature>.ts`, the same names as `featureMethods`).
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery: fakeBaseQuery<ApiError>(),
  tagTypes: TAG_TYPES,
  // The host pushes changes as events; focus and reconnect refetching would only add load.
  refetchOnFocus: false,
  refetchOnReconnect: false,
  endpoints: () => ({}),
});

import { skipToken } from '@reduxjs/toolkit/query/react';
import type { AdvisorArg } from '../store/queryArgs';
import { useAppSelector } from '../store/hooks';
import { selectAdvisor } from '../store/sessionSlice';

/**
 * The cache key for the signed-in advisor's data, with the query's own argument (`{ clientId }`);
 * skipToken when nobody is signed in, or when the caller passes skipToken (nothing to ask yet).
 */
export function useAdvisorArg(): AdvisorArg | typeof skipToken;
export function useAdvisorArg<T extends object>(arg: T | typeof skipToken): (AdvisorArg & T) | typeof skipToken;
export function useAdvisorArg(arg: object | typeof skipToken = {}): AdvisorArg | typeof skipToken {
  const advisorId = useAppSelector(selectAdvisor)?.id;
  if (!advisorId || arg === skipToken) return skipToken;
  return { advisorId, ...arg };
}

import { skipToken } from '@reduxjs/toolkit/query/react';
import type { AdvisorArg } from '../store/api';
import { useAppSelector } from '../store/hooks';
import { selectAdvisor } from '../store/sessionSlice';

/** The cache key for the signed-in advisor's data, or skipToken when nobody is signed in. */
export function useAdvisorArg(): AdvisorArg | typeof skipToken {
  const advisorId = useAppSelector(selectAdvisor)?.id;
  return advisorId ? { advisorId } : skipToken;
}

import { useMemo } from 'react';
import type { BankToday } from './bankToday';
import { bankToday } from './bankToday';
import { useNow } from './useNow';

const MINUTE_MS = 60_000;

/** Today in China time, checked every minute; the same object until the date changes. */
export function useBankToday(): BankToday {
  const { date } = bankToday(useNow(MINUTE_MS));
  return useMemo(() => ({ date, year: Number(date.slice(0, 4)) }), [date]);
}

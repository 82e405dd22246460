import type { BankToday } from '../../hooks/bankToday';

/** The day the roster's date columns are read on (ISO dates compare as strings), in China time. */
export interface RosterDay {
  /** The bank's today, `YYYY-MM-DD`: the risk assessment's validity and the next contact are read on it. */
  today: string;
}

export function rosterDay(today: BankToday): RosterDay {
  return { today: today.date };
}

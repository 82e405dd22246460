import { nextDueOn as nextDueOnDay } from '../../../shared/cadence';
import type { BankClock } from '../time/bankClock';

/** The roster's 下次应联系 for a client last contacted at `lastContactAt` (an instant, or never). */
export function nextDueOn(lastContactAt: string | null, clock: BankClock): string {
  return nextDueOnDay(lastContactAt !== null && lastContactAt >= clock.monthStart, clock.today);
}

import type { PlanEntry } from '../../../../../shared/api';
import { PLAN_KINDS } from '../../../../../shared/api';
import { safeFileName } from '../../../files/fileName';

export type PlanKind = (typeof PLAN_KINDS)[number];

/** One month of the plan: `YYYY-MM`, its entries by date, and how many went over the daily cap. */
export interface PlanMonth {
  month: string;
  entries: PlanEntry[];
  overCapacity: number;
}

/** Entries by month, months and days in order; entries of one day keep the host's order. */
export function groupPlanByMonth(entries: readonly PlanEntry[]): PlanMonth[] {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const months = new Map<string, PlanMonth>();
  for (const entry of sorted) {
    const key = entry.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      month = { month: key, entries: [], overCapacity: 0 };
      months.set(key, month);
    }
    month.entries.push(entry);
    if (entry.overCapacity) month.overCapacity += 1;
  }
  return [...months.values()];
}

export interface PlanCounts {
  total: number;
  byKind: Record<PlanKind, number>;
  overCapacity: number;
}

/** The plan's summary: appointments in all, per kind, and over the daily cap. */
export function planCounts(entries: readonly PlanEntry[]): PlanCounts {
  const byKind = Object.fromEntries(PLAN_KINDS.map((kind) => [kind, 0])) as Record<PlanKind, number>;
  let overCapacity = 0;
  for (const entry of entries) {
    byKind[entry.kind] += 1;
    if (entry.overCapacity) overCapacity += 1;
  }
  return { total: entries.length, byKind, overCapacity };
}

/** The host's file name, safe to save as (no folders or characters Windows refuses), ending in `.ics`. */
export function icsFileName(name: string): string {
  return safeFileName(name, 'ics', 'plan');
}

import type { YearPlan } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import { planToIcs, planYear } from '../../../shared/cadence';
import type { Tier } from '../../../shared/domain';
import type { DateParts } from '../../../shared/time/zoned';
import { formatDate } from '../../../shared/time/zoned';
import type { Db } from '../db/types';

/** The year plan over the whole book; senior tiers and larger books get the earliest days. */
export function yearPlan(db: Db, results: Map<string, CadenceResult>, options: { year: number; today: DateParts; dailyCap: number }): YearPlan {
  const clients = db.prepare(`SELECT id, name, tier FROM clients WHERE deleted = 0 ORDER BY CASE tier WHEN 'hq_private' THEN 0 WHEN 'private' THEN 1 ELSE 2 END, aum_fen DESC, id`).all() as {
    id: string;
    name: string;
    tier: Tier;
  }[];
  const planClients = clients.flatMap((c) => {
    const result = results.get(c.id);
    return result ? [{ clientId: c.id, name: c.name, result }] : [];
  });
  return { year: options.year, asOf: formatDate(options.today), dailyCap: options.dailyCap, entries: planYear(planClients, options) };
}

export function yearPlanIcs(plan: YearPlan, stamp: Date): { filename: string; content: string } {
  return { filename: `12-4-2-1-plan-${plan.year}.ics`, content: planToIcs(plan.entries, { year: plan.year, stamp }) };
}

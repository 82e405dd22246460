import type { WorkItem, Worklist } from '../../../shared/api';
import type { CadenceResult } from '../../../shared/cadence';
import type { ClientRiskLevel, Tier } from '../../../shared/domain';
import type { DateParts } from '../../../shared/time/zoned';
import { daysInMonth, formatDate } from '../../../shared/time/zoned';
import type { Db } from '../db/types';

type Reason = WorkItem['reasons'][number];

/**
 * What this month asks of each client, from their 12-4-2-1 results as of `today`: a themed contact
 * when the month is due; an allocation review or a face-to-face one when the count expected by
 * the end of this month is not yet reached; the annual report in the fourth quarter until
 * delivered. Most urgent first: behind, then at risk; more reasons; senior tiers; larger books.
 */
export function worklist(db: Db, results: Map<string, CadenceResult>, today: DateParts): Worklist {
  const clients = db
    .prepare(`SELECT id, name, name_en AS nameEn, tier, risk_level AS riskLevel, aum_fen AS aumFen, last_contact_at AS lastContactAt FROM clients WHERE deleted = 0`)
    .all() as { id: string; name: string; nameEn: string; tier: Tier; riskLevel: ClientRiskLevel | null; aumFen: number; lastContactAt: string | null }[];
  const items: WorkItem[] = [];
  for (const client of clients) {
    const result = results.get(client.id);
    if (!result) continue;
    const reasons = reasonsFor(result, today.month);
    if (reasons.length === 0) continue;
    const { id, ...rest } = client;
    items.push({ clientId: id, ...rest, status: result.status, reasons });
  }
  items.sort((a, b) => urgency(a) - urgency(b) || b.reasons.length - a.reasons.length || tierRank(a.tier) - tierRank(b.tier) || b.aumFen - a.aumFen);
  return { asOf: formatDate(today), workingDaysLeft: workingDaysLeft(today), items };
}

function reasonsFor(r: CadenceResult, month: number): Reason[] {
  if (r.status === 'complete' || r.status === 'not_applicable') return [];
  const applicable = r.monthly.target;
  const elapsed = r.monthly.expected;
  const byMonthEnd = (target: number) => Math.floor((target * (elapsed + 1)) / applicable);
  const reasons: Reason[] = [];
  if (r.months[month - 1] === 'due') reasons.push('month_due');
  if (r.months[month - 1] !== 'not_applicable') {
    if (r.reviews.done < byMonthEnd(r.reviews.target)) reasons.push('review_expected');
    if (r.faceToFace.done < byMonthEnd(r.faceToFace.target)) reasons.push('face_to_face_expected');
  }
  if (month >= 10 && r.annualReport.done < r.annualReport.target) reasons.push('annual_report_due');
  return reasons;
}

const urgency = (item: WorkItem) => ({ behind: 0, at_risk: 1, on_track: 2, complete: 3, not_applicable: 4 })[item.status];
const tierRank = (tier: Tier) => ({ hq_private: 0, private: 1, wealth: 2 })[tier];

function workingDaysLeft(today: DateParts): number {
  let count = 0;
  for (let day = today.day; day <= daysInMonth(today.year, today.month); day++) {
    const weekday = new Date(Date.UTC(today.year, today.month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

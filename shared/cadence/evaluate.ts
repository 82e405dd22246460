import { BANK_TIME_ZONE, isKnownTimeZone, zonedParts, zonedStartOfDay } from '../time/zoned';
import { instantOf } from './instants';
import type { CadenceInput, CadenceResult, CadenceStatus, MonthState, Progress } from './types';

/**
 * The bank's 12-4-2-1 service standard for one client and one year, exactly as the 12-4-2-1
 * issue specifies it: 12 themed contacts, one per month; 4 allocation reviews; 2 of them face to
 * face; 1 annual wealth report delivered. Pure and total: it never throws on well-typed input
 * (an unreadable date is ignored; an unknown zone falls back to China time).
 */
export function evaluateCadence(input: CadenceInput): CadenceResult {
  const zone = input.timeZone && isKnownTimeZone(input.timeZone) ? input.timeZone : BANK_TIME_ZONE;
  const year = input.year;
  const asOf = instantOf(input.asOf, zone, 'end');
  const yearStart = zonedStartOfDay({ year, month: 1, day: 1 }, zone).getTime();
  const yearEnd = zonedStartOfDay({ year: year + 1, month: 1, day: 1 }, zone).getTime() - 1;
  const since = input.clientSince ? instantOf(input.clientSince, zone, 'start') : null;
  const windowStart = Math.max(yearStart, since ?? yearStart);
  if (asOf === null || !Number.isInteger(year) || windowStart > yearEnd) return notApplicable();

  const firstMonth = zonedParts(new Date(windowStart), zone).month;
  const applicable = 13 - firstMonth; // A
  const asOfParts = zonedParts(new Date(asOf), zone);
  // The month of asOf on a scale where this year's months are 1…12.
  const asOfMonth = (asOfParts.year - year) * 12 + asOfParts.month;
  const inYear = asOfParts.year === year;
  const elapsed = Math.max(0, Math.min(13, asOfMonth) - firstMonth); // E

  const counted = (t: number | null): t is number => t !== null && t >= windowStart && t <= yearEnd && t <= asOf;
  const themedMonths = new Set<number>();
  let reviews = 0;
  let faceToFace = 0;
  for (const interaction of input.interactions) {
    if (interaction.deleted || !(interaction.theme ?? '').trim()) continue;
    const t = instantOf(interaction.occurredAt, zone, 'start');
    if (!counted(t)) continue;
    themedMonths.add(zonedParts(new Date(t), zone).month);
    if (interaction.isAllocationReview) {
      reviews += 1;
      if (interaction.channel === 'face_to_face') faceToFace += 1;
    }
  }
  const reportDone = input.reports.some((r) => r.kind === 'annual_wealth' && r.deliveredAt && counted(instantOf(r.deliveredAt, zone, 'start'))) ? 1 : 0;

  const months: MonthState[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    if (m < firstMonth) return 'not_applicable';
    if (themedMonths.has(m)) return 'done';
    if (m < asOfMonth) return 'missed';
    if (m === asOfMonth) return 'due';
    return 'upcoming';
  });

  const share = (target: number, months: number) => Math.floor((target * months) / applicable);
  const reviewTarget = Math.ceil((4 * applicable) / 12);
  const faceTarget = Math.ceil((2 * applicable) / 12);
  const result = {
    months,
    monthly: { done: months.filter((m) => m === 'done').length, target: applicable, expected: elapsed },
    reviews: { done: reviews, target: reviewTarget, expected: share(reviewTarget, elapsed) },
    faceToFace: { done: faceToFace, target: faceTarget, expected: share(faceTarget, elapsed) },
    annualReport: { done: reportDone, target: 1, expected: elapsed === applicable ? 1 : 0 },
  };

  const progress: Progress[] = [result.monthly, result.reviews, result.faceToFace, result.annualReport];
  let status: CadenceStatus;
  if (progress.every((p) => p.done >= p.target)) status = 'complete';
  else if (months.includes('missed') || progress.some((p) => p.done < p.expected)) status = 'behind';
  else if (
    inYear &&
    (months[asOfParts.month - 1] === 'due' ||
      reviews < share(reviewTarget, elapsed + 1) ||
      faceToFace < share(faceTarget, elapsed + 1) ||
      (reportDone === 0 && asOfParts.month >= 10))
  ) {
    status = 'at_risk';
  } else status = 'on_track';
  return { status, ...result };
}

function notApplicable(): CadenceResult {
  const zero = (): Progress => ({ done: 0, target: 0, expected: 0 });
  return {
    status: 'not_applicable',
    months: Array.from({ length: 12 }, () => 'not_applicable' as const),
    monthly: zero(),
    reviews: zero(),
    faceToFace: zero(),
    annualReport: zero(),
  };
}

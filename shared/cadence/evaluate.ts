import { BANK_TIME_ZONE, isKnownTimeZone } from '../time/zoned';
import { instantOf } from './instants';
import type { CadenceInput, CadenceResult, CadenceStatus, MonthState, Progress } from './types';
import { monthOf, yearFrame } from './yearFrame';
import { CADENCE_TARGETS } from './standard';

/**
 * The bank's 12-4-2-1 service standard for one client and one year, exactly as the 12-4-2-1
 * issue specifies it: 12 themed contacts, one per month; 4 allocation reviews; 2 of them face to
 * face; 1 annual wealth report delivered. Pure and total: it never throws on well-typed input
 * (an unreadable date is ignored; an unknown zone falls back to China time).
 */
export function evaluateCadence(input: CadenceInput): CadenceResult {
  const timeZone = input.timeZone && isKnownTimeZone(input.timeZone) ? input.timeZone : BANK_TIME_ZONE;
  const asOf = instantOf(input.asOf, timeZone, 'end');
  if (asOf === null || !Number.isInteger(input.year)) return notApplicable();
  const touches: Touch[] = [];
  for (const interaction of input.interactions) {
    // Only themed, undeleted interactions count for anything.
    if (interaction.deleted || !(interaction.theme ?? '').trim()) continue;
    const t = instantOf(interaction.occurredAt, timeZone, 'start');
    if (t !== null) touches.push({ t, review: interaction.isAllocationReview === true, faceToFace: interaction.channel === 'face_to_face' });
  }
  const reportTimes: number[] = [];
  for (const report of input.reports) {
    const t = report.kind === 'annual_wealth' && report.deliveredAt ? instantOf(report.deliveredAt, timeZone, 'start') : null;
    if (t !== null) reportTimes.push(t);
  }
  const since = input.clientSince ? instantOf(input.clientSince, timeZone, 'start') : null;
  return evaluateTouches({ year: input.year, asOf, since, timeZone, touches, reportTimes });
}

/** A themed, undeleted interaction reduced to what the rules read. */
export interface Touch {
  t: number;
  review: boolean;
  faceToFace: boolean;
}

export interface Touches {
  year: number;
  /** Instants in milliseconds: asOf (a bare date already taken as its end), the client's start. */
  asOf: number;
  since: number | null;
  timeZone: string;
  touches: readonly Touch[];
  /** When annual wealth reports were delivered. */
  reportTimes: readonly number[];
}

/**
 * The rules of 12-4-2-1 over instants already read: `evaluateCadence` after parsing, and the
 * book's evaluation, which keeps its interactions in this form, both end here.
 */
export function evaluateTouches({ year, asOf, since, timeZone, touches, reportTimes }: Touches): CadenceResult {
  const frame = yearFrame(year, timeZone);
  const yearStart = frame.monthStarts[0] as number;
  const yearEnd = (frame.monthStarts[12] as number) - 1;
  const windowStart = Math.max(yearStart, since ?? yearStart);
  if (windowStart > yearEnd) return notApplicable();

  const firstMonth = monthOf(frame, windowStart);
  const applicable = 13 - firstMonth; // A
  // The month of asOf on a scale where this year's months are 1…12 (≤ 0 before, 13 after).
  const asOfMonth = monthOf(frame, asOf);
  const inYear = asOfMonth >= 1 && asOfMonth <= 12;
  const elapsed = Math.max(0, Math.min(13, asOfMonth) - firstMonth); // E

  // An interaction counts when it falls inside the window and is not after asOf.
  const counted = (t: number) => t >= windowStart && t <= yearEnd && t <= asOf;
  let themedMonths = 0; // bit m set: month m had a themed contact
  let reviews = 0;
  let faceToFace = 0;
  for (const touch of touches) {
    if (!counted(touch.t)) continue;
    themedMonths |= 1 << monthOf(frame, touch.t);
    if (touch.review) {
      reviews += 1;
      if (touch.faceToFace) faceToFace += 1;
    }
  }
  const reportDone = reportTimes.some(counted) ? 1 : 0;

  const months: MonthState[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    if (m < firstMonth) return 'not_applicable';
    if (themedMonths & (1 << m)) return 'done';
    if (m < asOfMonth) return 'missed';
    if (m === asOfMonth) return 'due';
    return 'upcoming';
  });

  const share = (target: number, months: number) => Math.floor((target * months) / applicable);
  const reviewTarget = Math.ceil((CADENCE_TARGETS.reviews * applicable) / CADENCE_TARGETS.monthly);
  const faceTarget = Math.ceil((CADENCE_TARGETS.faceToFace * applicable) / CADENCE_TARGETS.monthly);
  const result = {
    months,
    monthly: { done: months.filter((m) => m === 'done').length, target: applicable, expected: elapsed },
    reviews: { done: reviews, target: reviewTarget, expected: share(reviewTarget, elapsed) },
    faceToFace: { done: faceToFace, target: faceTarget, expected: share(faceTarget, elapsed) },
    annualReport: { done: reportDone, target: CADENCE_TARGETS.annualReport, expected: elapsed === applicable ? CADENCE_TARGETS.annualReport : 0 },
  };

  const progress: Progress[] = [result.monthly, result.reviews, result.faceToFace, result.annualReport];
  let status: CadenceStatus;
  if (progress.every((p) => p.done >= p.target)) status = 'complete';
  else if (months.includes('missed') || progress.some((p) => p.done < p.expected)) status = 'behind';
  else if (
    inYear &&
    (months[asOfMonth - 1] === 'due' ||
      reviews < share(reviewTarget, elapsed + 1) ||
      faceToFace < share(faceTarget, elapsed + 1) ||
      (reportDone === 0 && asOfMonth >= 10))
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

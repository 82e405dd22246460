import type { DateParts } from '../time/zoned';
import { addDays, daysInMonth, formatDate } from '../time/zoned';
import type { CadenceResult } from './types';

export type PlanKind = 'contact' | 'review' | 'face_to_face_review' | 'annual_report';

export interface PlanClient {
  clientId: string;
  name: string;
  result: CadenceResult;
}

export interface PlannedEntry {
  clientId: string;
  name: string;
  date: string;
  kind: PlanKind;
  overCapacity: boolean;
}

/** The annual report is planned for before mid-December (the 15th at the latest is too late). */
const REPORT_DEADLINE_DAY = 14;

/**
 * Proposes dates for what each client's year still needs, as the 12-4-2-1 issue asks: one slot
 * per uncovered remaining month; the missing allocation reviews spread over the remaining months
 * (a review covers its month's contact too); face-to-face reviews in each half where the year
 * still allows; the annual report in November, or in the first half of December. Slots go on
 * working days (Monday to Friday; public holidays are not known here) from `today` on, the
 * least busy day of the month first, at most `dailyCap` a day; a month with no room left puts
 * the slot on its least busy day and marks it over capacity. Clients earlier in the list are
 * placed first.
 */
export function planYear(clients: readonly PlanClient[], options: { year: number; today: DateParts; dailyCap: number }): PlannedEntry[] {
  const { year, today, dailyCap } = options;
  if (today.year > year) return [];
  const startMonth = today.year < year ? 1 : today.month;
  const from = today.year < year ? { year, month: 1, day: 1 } : today;
  const slots = clients.flatMap((client, priority) => slotsFor(client, startMonth).map((slot) => ({ ...slot, priority })));
  slots.sort((a, b) => a.month - b.month || kindOrder(a.kind) - kindOrder(b.kind) || a.priority - b.priority);

  const load = new Map<string, number>();
  return slots.map((slot) => {
    const days = workingDays(year, slot.month, from, slot.kind === 'annual_report' && slot.month === 12 ? REPORT_DEADLINE_DAY : 31);
    const choice = days.reduce<string | null>((best, day) => (best === null || (load.get(day) ?? 0) < (load.get(best) ?? 0) ? day : best), null) ?? lastDayFrom(year, slot.month, from);
    const used = load.get(choice) ?? 0;
    load.set(choice, used + 1);
    return { clientId: slot.clientId, name: slot.name, date: choice, kind: slot.kind, overCapacity: used >= dailyCap || days.length === 0 };
  });
}

interface Slot {
  clientId: string;
  name: string;
  month: number;
  kind: PlanKind;
}

function slotsFor({ clientId, name, result }: PlanClient, startMonth: number): Slot[] {
  if (result.status === 'not_applicable' || result.status === 'complete') return [];
  const remaining = range(startMonth, 12).filter((m) => result.months[m - 1] !== 'not_applicable');
  if (remaining.length === 0) return [];
  const uncovered = remaining.filter((m) => result.months[m - 1] === 'due' || result.months[m - 1] === 'upcoming');
  const faceNeeded = Math.max(0, result.faceToFace.target - result.faceToFace.done);
  const reviewSlots = Math.max(result.reviews.target - result.reviews.done, faceNeeded, 0);

  // Reviews spread evenly over the remaining months; face-to-face ones apart (in each half).
  const reviewMonths = spread(remaining, reviewSlots);
  const faceMonths = new Set(spread(reviewMonths, faceNeeded).map((_, i) => i));
  const slots: Slot[] = reviewMonths.map((month, i) => ({ clientId, name, month, kind: faceMonths.has(i) ? 'face_to_face_review' : 'review' }));
  const reviewed = new Set(reviewMonths);
  for (const month of uncovered) if (!reviewed.has(month)) slots.push({ clientId, name, month, kind: 'contact' });
  if (result.annualReport.done < result.annualReport.target) {
    slots.push({ clientId, name, month: remaining.includes(11) ? 11 : (remaining.at(-1) as number), kind: 'annual_report' });
  }
  return slots;
}

/** `count` items of `list` spread evenly (repeating items when there are more slots than items). */
function spread<T>(list: readonly T[], count: number): T[] {
  if (count <= 0 || list.length === 0) return [];
  return Array.from({ length: count }, (_, i) => list[Math.min(list.length - 1, Math.floor(((i + 0.5) * list.length) / count))] as T);
}

function workingDays(year: number, month: number, from: DateParts, lastDay: number): string[] {
  const days: string[] = [];
  for (let day = 1; day <= Math.min(lastDay, daysInMonth(year, month)); day++) {
    const date = { year, month, day };
    if (formatDate(date) < formatDate(from)) continue;
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(formatDate(date));
  }
  return days;
}

/** A month with no working day left: its last day, or `from` itself when that is later. */
function lastDayFrom(year: number, month: number, from: DateParts): string {
  const last = formatDate({ year, month, day: daysInMonth(year, month) });
  const start = formatDate(from);
  return last < start ? formatDate(addDays(from, 0)) : last;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function kindOrder(kind: PlanKind): number {
  return { face_to_face_review: 0, review: 1, annual_report: 2, contact: 3 }[kind];
}

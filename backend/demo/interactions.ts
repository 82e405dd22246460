import type { Faker } from '@faker-js/faker';
import type { Interaction } from '../../shared/domain/entities';
import type { Channel } from '../../shared/domain/enums';
import { chinaInstantOfMinute, isoDateOfDay, MINUTES_PER_DAY, weekdayOfDay } from '../time';
import { FREE_THEMES, SECTORS, THEME_TEXT } from './phrases';
import type { Weighted } from './random';
import { chance, fill, intBetween, pick, pickWeighted } from './random';

/**
 * A year of contacts for one client, month by month back from the day before `asOf`. A diligent
 * advisor–client pair is in touch nearly every month and reviews the allocation every quarter;
 * a neglected one misses months, which is what the 12-4-2-1 cadence view must surface.
 */

const MONTH_DAYS = 30.44;
const REVIEW = '资产配置检视';
const FESTIVE = '节日问候';

const CHANNELS: Weighted<Channel> = [
  ['wecom', 30], ['phone', 26], ['face_to_face', 20], ['video', 6], ['chat', 7], ['email', 4], ['sms', 4], ['other', 3],
];
const REVIEW_CHANNELS: Weighted<Channel> = [['face_to_face', 45], ['video', 15], ['phone', 20], ['wecom', 20]];

/** `null` = no theme recorded; `free` = the RM typed their own. */
type ThemeChoice = string | null | { free: true };
const THEMES: Weighted<ThemeChoice> = [
  ['市场观点', 20], ['产品到期', 14], [REVIEW, 16], ['家族财富', 6], ['企业服务', 5], ['权益活动', 8], [FESTIVE, 8],
  ['其他', 4], [{ free: true }, 6], [null, 3],
];

interface Plan {
  minute: number;
  /** Which of the 12 monthly buckets (0 = most recent). */
  bucket: number;
  channel: Channel;
  theme: ThemeChoice;
  isAllocationReview: boolean;
}

export interface InteractionsInput {
  clientId: string;
  advisorId: string;
  asOfDay: number;
  clientSinceDay: number;
  diligence: number;
  tags: readonly string[];
  /** Names of products the client holds, for summaries that mention one. */
  productNames: readonly string[];
}

export function makeInteractions(f: Faker, input: InteractionsInput): Interaction[] {
  const plans = planContacts(f, input);
  if (input.diligence >= 0.75) ensureQuarterlyReviews(f, plans);
  plans.sort((a, b) => a.minute - b.minute);
  const latestUpdate = input.asOfDay * MINUTES_PER_DAY + 8 * 60;
  return plans.map((plan) => writeUp(f, plan, input, latestUpdate));
}

function planContacts(f: Faker, input: InteractionsInput): Plan[] {
  const lastDay = input.asOfDay - 1;
  const firstDay = Math.max(input.asOfDay - 365, input.clientSinceDay + 1);
  const skip = (1 - input.diligence) * 0.85;
  const plans: Plan[] = [];
  for (let bucket = 0; bucket < 12; bucket++) {
    const end = lastDay - Math.round(bucket * MONTH_DAYS);
    const start = Math.max(firstDay, lastDay - Math.round((bucket + 1) * MONTH_DAYS) + 1);
    if (end < start) break;
    if (chance(f, skip)) continue;
    // 1–4 contacts in an active month, 1.75 on average.
    let count = 1;
    for (let i = 0; i < 3; i++) if (chance(f, 0.25)) count++;
    for (let i = 0; i < count; i++) {
      const day = toWorkday(f, intBetween(f, start, end), start, end);
      const theme = pickTheme(f, day, input.tags);
      const isAllocationReview = theme === REVIEW ? chance(f, 0.92) : chance(f, 0.02);
      const channel = pickWeighted(f, isAllocationReview ? REVIEW_CHANNELS : CHANNELS);
      plans.push({ minute: day * MINUTES_PER_DAY + timeOfDay(f, channel), bucket, channel, theme, isAllocationReview });
    }
  }
  return plans;
}

/** Most contacts fall on working days: a weekend date usually moves to the Friday or Monday. */
function toWorkday(f: Faker, day: number, start: number, end: number): number {
  const weekday = weekdayOfDay(day);
  if ((weekday !== 0 && weekday !== 6) || chance(f, 0.25)) return day;
  const moved = weekday === 6 ? day - 1 : day + 1;
  return moved >= start && moved <= end ? moved : day;
}

/** Minutes after midnight: meetings in office hours, messages into the evening. */
function timeOfDay(f: Faker, channel: Channel): number {
  switch (channel) {
    case 'face_to_face':
    case 'video':
      return intBetween(f, 9 * 60 + 30, 17 * 60 + 30);
    case 'wecom':
    case 'chat':
    case 'sms':
      return intBetween(f, 8 * 60 + 30, 21 * 60 + 30);
    default:
      return intBetween(f, 9 * 60, 19 * 60);
  }
}

/**
 * Festive greetings cluster around Spring Festival (Jan–Feb) and Mid-Autumn/National Day
 * (Sep–Oct); enterprise services are for business owners and executives; family wealth for
 * families and succession cases.
 */
function pickTheme(f: Faker, day: number, tags: readonly string[]): ThemeChoice {
  const month = Number(isoDateOfDay(day).slice(5, 7));
  const festive = month === 1 || month === 2 || month === 9 || month === 10;
  const business = tags.includes('企业家') || tags.includes('高管');
  const family = tags.includes('家族') || tags.includes('二代传承');
  const factor = (theme: ThemeChoice): number => {
    if (theme === FESTIVE) return festive ? 3 : 1 / 3;
    if (theme === '企业服务') return business ? 3 : 0.2;
    if (theme === '家族财富') return family ? 2.5 : 0.6;
    return 1;
  };
  return pickWeighted(f, THEMES.map(([theme, w]) => [theme, w * factor(theme)] as const));
}

/** A diligent RM reviews the allocation at least once a quarter, often face to face. */
function ensureQuarterlyReviews(f: Faker, plans: Plan[]): void {
  for (let quarter = 0; quarter < 4; quarter++) {
    const inQuarter = plans.filter((p) => Math.floor(p.bucket / 3) === quarter);
    if (inQuarter.length === 0 || inQuarter.some((p) => p.isAllocationReview)) continue;
    const chosen = pick(f, inQuarter);
    chosen.theme = REVIEW;
    chosen.isAllocationReview = true;
    chosen.channel = chance(f, 0.55) ? 'face_to_face' : pickWeighted(f, REVIEW_CHANNELS);
  }
}

function writeUp(f: Faker, plan: Plan, input: InteractionsInput, latestUpdate: number): Interaction {
  const values = {
    product: input.productNames.length > 0 ? pick(f, input.productNames) : '理财产品',
    sector: pick(f, SECTORS),
  };
  let theme: string | null;
  let summary: string | null;
  let nextSteps: string | null;
  if (plan.theme !== null && typeof plan.theme === 'object') {
    const free = pick(f, FREE_THEMES);
    ({ theme, summary, nextSteps } = free);
  } else {
    theme = plan.theme;
    const text = THEME_TEXT[theme ?? '其他'] ?? { summaries: [], nextSteps: [] };
    summary = text.summaries.length > 0 ? fill(pick(f, text.summaries), values) : null;
    nextSteps = text.nextSteps.length > 0 && chance(f, theme === FESTIVE ? 0.3 : 0.8) ? fill(pick(f, text.nextSteps), values) : null;
  }
  if (chance(f, 0.02)) summary = null; // logged in a hurry

  // Logged shortly after; some edited days later. Never after the morning of asOf.
  const version = pickWeighted(f, [[1, 88], [2, 10], [3, 2]] as const);
  let updated = plan.minute + intBetween(f, 5, 600);
  if (version > 1) updated += intBetween(f, 1, 20) * MINUTES_PER_DAY;
  updated = Math.max(plan.minute, Math.min(updated, latestUpdate));

  return {
    id: f.string.uuid(),
    clientId: input.clientId,
    advisorId: input.advisorId,
    occurredAt: chinaInstantOfMinute(plan.minute),
    channel: plan.channel,
    theme,
    isAllocationReview: plan.isAllocationReview,
    summary,
    nextSteps,
    version,
    updatedAt: chinaInstantOfMinute(updated),
    deleted: chance(f, 0.01),
  };
}

import type { Faker } from '@faker-js/faker';
import type { Client } from '../../shared/domain/entities';
import type { Channel, ClientRiskLevel, Gender, Tier } from '../../shared/domain/enums';
import { chinaInstantOfMinute, isoDateOfDay, MINUTES_PER_DAY } from '../time';
import { customerNumber, mobileNumber, residentIdNumber } from './identity';
import { chineseName } from './names';
import {
  CLIENT_NOTES,
  CONTACT_PREFS,
  ENTERPRISE_EXTRAS,
  EXECUTIVE_ROLES,
  FAMILY_NOTES,
  INDUSTRIES,
} from './phrases';
import type { Weighted } from './random';
import { chance, floatBetween, intBetween, logUniform, pick, pickWeighted } from './random';

/** AUM bands of the tiers, in yuan (glossary): hq_private ≥ 5000万, private 600万–5000万, wealth 100万–600万. */
export const TIER_MIN_YUAN: Record<Tier, number> = { hq_private: 50_000_000, private: 6_000_000, wealth: 1_000_000 };

export function tierForAum(aumFen: number): Tier {
  if (aumFen >= TIER_MIN_YUAN.hq_private * 100) return 'hq_private';
  if (aumFen >= TIER_MIN_YUAN.private * 100) return 'private';
  return 'wealth';
}

// Target AUM per tier, kept a little inside each band so rounding never crosses a boundary.
const TARGET_AUM_YUAN: Record<Tier, readonly [number, number]> = {
  hq_private: [52_000_000, 300_000_000],
  private: [6_200_000, 48_000_000],
  wealth: [1_050_000, 5_800_000],
};
const TIER_WEIGHTS: Weighted<Tier> = [['hq_private', 6], ['private', 42], ['wealth', 52]];
const RISK_WEIGHTS: Weighted<ClientRiskLevel> = [['C1', 5], ['C2', 22], ['C3', 35], ['C4', 27], ['C5', 11]];
const CHANNEL_PREFS: Weighted<Channel | null> = [
  ['wecom', 35], ['phone', 30], ['face_to_face', 20], ['video', 4], ['chat', 3], ['email', 3], [null, 5],
];

/** What the generator knows about a client beyond the record: it drives holdings and contacts. */
export interface ClientProfile {
  /** The record without `aumFen`/`tier`, which follow from the holdings. */
  client: Omit<Client, 'aumFen' | 'tier'>;
  targetAumFen: number;
  riskRank: number;
  /** 0.4 (often out of touch) … 1 (contacted every month). */
  diligence: number;
  /** One product above 15% of AUM. */
  concentrated: boolean;
  /** One product above the client's risk level. */
  suitabilityBreach: boolean;
  clientSinceDay: number;
}

export interface ClientContext {
  advisorId: string;
  /** Unique across the whole book; drives the customer number. */
  globalIndex: number;
  asOfDay: number;
}

export function makeClientProfile(f: Faker, ctx: ClientContext): ClientProfile {
  const { asOfDay } = ctx;
  const gender: Gender = chance(f, 0.56) ? 'male' : 'female';
  const { name, nameEn } = chineseName(f, gender);
  const id = f.string.uuid();

  // Ages 30–80, most in their forties to sixties (triangular around 55).
  const age = 30 + Math.floor(floatBetween(f, 0, 25) + floatBetween(f, 0, 25));
  const birthDay = asOfDay - Math.floor((age + floatBetween(f, 0.01, 0.99)) * 365.2425);
  const birthDate = isoDateOfDay(birthDay);

  const targetTier = pickWeighted(f, TIER_WEIGHTS);
  const [minYuan, maxYuan] = TARGET_AUM_YUAN[targetTier];
  const targetAumFen = Math.round(logUniform(f, minYuan, maxYuan) * 100);

  let riskLevel = pickWeighted(f, RISK_WEIGHTS);
  // Older clients lean conservative; a 75-year-old at C5 is rare.
  if (age >= 70 && (riskLevel === 'C4' || riskLevel === 'C5') && chance(f, 0.6)) riskLevel = riskLevel === 'C5' ? 'C3' : 'C2';
  const riskRank = Number(riskLevel.slice(1));

  // Most joined years ago; about one in twelve joined within the last months.
  const recent = chance(f, 0.08);
  const earliestJoin = Math.max(birthDay + Math.round(25 * 365.2425), asOfDay - 18 * 365);
  const clientSinceDay = recent ? asOfDay - intBetween(f, 20, 200) : intBetween(f, earliestJoin, asOfDay - 400);

  // Assessments within the last ~15 months: about a fifth expired (>12 months), a few expiring soon.
  // A recent client was assessed when onboarded, not before.
  let assessedDay = asOfDay - intBetween(f, 1, 450);
  if (assessedDay < clientSinceDay) assessedDay = Math.min(asOfDay - 1, clientSinceDay + intBetween(f, 0, 7));

  const tags = pickTags(f, targetTier, age);
  const notes = chance(f, 0.6) ? pick(f, CLIENT_NOTES) : null;
  const familyNotes = chance(f, 0.55) ? pick(f, FAMILY_NOTES) : null;
  const enterpriseNotes = enterpriseNote(f, tags);

  const lastEditDay = intBetween(f, Math.max(clientSinceDay, asOfDay - 365), asOfDay - 1);
  const updatedAt = chinaInstantOfMinute(lastEditDay * MINUTES_PER_DAY + intBetween(f, 9 * 60, 19 * 60));

  const client: ClientProfile['client'] = {
    id,
    advisorId: ctx.advisorId,
    customerNo: customerNumber(ctx.globalIndex),
    name,
    nameEn,
    gender,
    birthDate,
    phone: mobileNumber(f),
    idNumber: residentIdNumber(f, birthDate, gender),
    riskLevel,
    riskAssessedAt: isoDateOfDay(assessedDay),
    clientSince: isoDateOfDay(clientSinceDay),
    tags,
    preferredChannel: pickWeighted(f, CHANNEL_PREFS),
    contactPrefs: chance(f, 0.85) ? pick(f, CONTACT_PREFS) : null,
    notes,
    familyNotes,
    enterpriseNotes,
    version: intBetween(f, 1, 6),
    updatedAt,
    deleted: false,
  };
  return {
    client,
    targetAumFen,
    riskRank,
    diligence: floatBetween(f, 0.4, 1),
    concentrated: chance(f, 0.07),
    suitabilityBreach: riskRank < 5 && chance(f, 0.04),
    clientSinceDay,
  };
}

/** 0–3 tags, plausible for the tier and age (retirees are old, entrepreneurs richer …). */
function pickTags(f: Faker, tier: Tier, age: number): string[] {
  const rich = tier === 'hq_private' ? 2 : tier === 'private' ? 1 : 0;
  const tags: string[] = [];
  const entrepreneur = age < 70 && chance(f, [0.1, 0.25, 0.4][rich] ?? 0);
  if (entrepreneur) tags.push('企业家');
  if (!entrepreneur && age < 62 && chance(f, 0.15)) tags.push('高管');
  if (age < 65 && chance(f, 0.1)) tags.push('专业人士');
  if (age >= 60 && chance(f, 0.6)) tags.push('退休');
  if (chance(f, [0.05, 0.15, 0.4][rich] ?? 0)) tags.push('家族');
  if (chance(f, [0.03, 0.12, 0.35][rich] ?? 0)) tags.push('海外资产');
  if (age >= 55 && (entrepreneur || tags.includes('家族')) && chance(f, 0.5)) tags.push('二代传承');
  return tags.slice(0, 3);
}

function enterpriseNote(f: Faker, tags: readonly string[]): string | null {
  if (tags.includes('企业家') && chance(f, 0.85)) {
    return `经营一家${pick(f, INDUSTRIES)}企业，年营收约${intBetween(f, 1, 30)}亿元，${pick(f, ENTERPRISE_EXTRAS)}`;
  }
  if (tags.includes('高管') && chance(f, 0.6)) {
    return `任某${pick(f, INDUSTRIES)}上市公司${pick(f, EXECUTIVE_ROLES)}，持有公司限制性股票。`;
  }
  return null;
}


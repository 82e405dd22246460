import type { Faker } from '@faker-js/faker';
import type { Gender } from '../../shared/domain/enums';
import { pick } from './random';

/**
 * Identifiers that look and validate like real ones but belong to nobody: resident ID numbers
 * with a correct checksum, mobile numbers on real carrier prefixes, and customer numbers.
 */

// Real county-level division codes of large cities: well formed, and where private clients live.
const REGION_CODES = [
  '110101', '110105', '110108', '310104', '310115', '440305', '440106', '330106', '320106',
  '510107', '420106', '370202', '350203', '120101', '500103', '610113', '210202', '430104',
] as const;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** The GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK.charAt(sum % 11);
}

/** 18 characters: region, birth date, a sequence whose last digit is odd for men, even for women, check. */
export function residentIdNumber(f: Faker, birthDate: string, gender: Gender): string {
  const order = f.number.int({ min: 0, max: 99 }) * 10 + f.number.int({ min: 0, max: 4 }) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = pick(f, REGION_CODES) + birthDate.replaceAll('-', '') + String(order).padStart(3, '0');
  return first17 + idCheckChar(first17);
}

export function isWellFormedIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id.slice(0, 17)) === id.charAt(17);
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '158', '159', '166', '173', '177', '180', '181', '182', '185', '186', '187', '188', '189', '199',
] as const;

export function mobileNumber(f: Faker): string {
  return pick(f, MOBILE_PREFIXES) + f.string.numeric({ length: 8, allowLeadingZeros: true });
}

// i ↦ (A·i + B) mod 10¹⁰ is a bijection when A shares no factor with 10¹⁰ (A is odd and does not
// end in 5), so distinct indexes give distinct numbers that still look scattered.
const CUSTOMER_NO_A = 3_731_207_469;
const CUSTOMER_NO_B = 4_205_117_380;
const TEN_DIGITS = 10_000_000_000;

/** 'PB' + 10 digits, unique per index; exact while A·index < 2^53, i.e. index < 2.4 million. */
export function customerNumber(index: number): string {
  return 'PB' + String((CUSTOMER_NO_A * index + CUSTOMER_NO_B) % TEN_DIGITS).padStart(10, '0');
}

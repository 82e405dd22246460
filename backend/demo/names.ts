import type { Faker } from '@faker-js/faker';
import { pinyin } from 'pinyin-pro';
import type { Gender } from '../../shared/domain/enums';
import { chance, pick } from './random';

/**
 * Surnames whose everyday reading differs from their surname reading (单 dān → Shàn, 曾 céng →
 * Zēng, 解 jiě → Xiè, 仇 chóu → Qiú …). Faker's list rarely yields them, yet they are exactly
 * where pinyin search and English names go wrong, so the demo book mixes some in on purpose.
 */
export const POLYPHONIC_SURNAMES = ['单', '曾', '解', '仇', '区', '查', '朴', '乐', '盖'] as const;

export interface ChineseName {
  name: string;
  surname: string;
  nameEn: string;
}

/** A 2–3 character Chinese name and its pinyin ("Shan Lina"). */
export function chineseName(f: Faker, gender: Gender): ChineseName {
  const surname = chance(f, 0.05) ? pick(f, POLYPHONIC_SURNAMES) : f.person.lastName();
  let given = f.person.firstName(gender);
  // Compound surnames (欧阳, 司马) take a one-character given name to stay within three.
  for (let tries = 0; surname.length + given.length > 3 && tries < 8; tries++) given = f.person.firstName(gender);
  if (surname.length + given.length > 3) given = given.slice(0, 3 - surname.length);
  const name = surname + given;
  return { name, surname, nameEn: nameToPinyin(name, surname.length) };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "单丽娜" → "Shan Lina": pinyin-pro in surname mode reads the first characters as a surname.
 * ü is written "yu" as on Chinese passports (吕 → Lyu), since ASCII is what English systems take.
 */
export function nameToPinyin(name: string, surnameLength = 1): string {
  const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' }).map((s) => s.replace(/ü/g, 'yu'));
  const family = syllables.slice(0, surnameLength).join('');
  const given = syllables.slice(surnameLength).join('');
  return given ? `${capitalise(family)} ${capitalise(given)}` : capitalise(family);
}

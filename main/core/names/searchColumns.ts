import { namePinyin } from './namePinyin';

/** Han characters (CJK unified ideographs, with extension A and compatibility forms). */
export const HAN = /\p{Script=Han}/u;

export interface SearchColumns {
  namePinyin: string;
  nameInitials: string;
  /** The name's characters separated by spaces, so each is a token: `张 三 丰`. */
  nameChars: string;
  /** One pinyin syllable per character: `zhang san feng`. */
  nameSyllables: string;
  /** The customer number's digits, for those who type only digits. */
  customerDigits: string;
  /** The last four digits of the phone number (手机尾号). */
  phoneTail: string;
}

/**
 * What the search index holds for a client, computed when the client is written (pinyin-pro
 * runs in JavaScript, so SQLite cannot compute it in a trigger).
 */
export function searchColumns(client: { name: string; customerNo: string; phone: string | null }): SearchColumns {
  const pinyin = namePinyin(client.name);
  return {
    namePinyin: pinyin.full,
    nameInitials: pinyin.initials,
    nameChars: [...client.name.trim()].filter((c) => c.trim() !== '').join(' '),
    nameSyllables: pinyin.syllables.join(' '),
    customerDigits: client.customerNo.replace(/\D/g, ''),
    phoneTail: (client.phone ?? '').replace(/\D/g, '').slice(-4),
  };
}

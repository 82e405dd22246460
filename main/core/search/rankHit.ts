import type { SearchHit } from '../../../shared/api';

export interface Candidate {
  name: string;
  namePinyin: string;
  nameInitials: string;
  nameSyllables: string;
  customerNo: string;
  customerDigits: string;
  phoneTail: string;
}

/**
 * How well a client matches, and through what: the higher the better, 0 for no match. Order:
 * the exact name, then name prefix, exact initials or pinyin, a name containing the text, pinyin
 * and initials prefixes, mixed Chinese and pinyin (张sf, 张san), a later syllable, then numbers.
 */
export function rankHit(compact: string, c: Candidate): { score: number; matched: SearchHit['matched'] } | null {
  const name = c.name.toLowerCase();
  const scores: [number, SearchHit['matched']][] = [];
  if (name === compact) scores.push([100, 'name']);
  else if (name.startsWith(compact)) scores.push([90, 'name']);
  else if (name.includes(compact)) scores.push([72, 'name']);
  if (c.nameInitials === compact) scores.push([85, 'initials']);
  else if (c.nameInitials.startsWith(compact)) scores.push([65, 'initials']);
  if (c.namePinyin === compact) scores.push([85, 'pinyin']);
  else if (c.namePinyin.startsWith(compact)) scores.push([70, 'pinyin']);
  const chars = [...c.name];
  const syllables = c.nameSyllables.split(' ');
  if (chars.length === syllables.length) {
    if (mixedMatch(compact, chars, syllables, 0)) scores.push([60, 'pinyin']);
    else if (chars.some((_, start) => start > 0 && mixedMatch(compact, chars, syllables, start))) scores.push([45, 'pinyin']);
  }
  if (/^[a-z0-9]+$/.test(compact)) {
    if (c.customerNo.toLowerCase().startsWith(compact) || (c.customerDigits && /^\d+$/.test(compact) && c.customerDigits.startsWith(compact))) scores.push([50, 'customerNo']);
    if (/^\d{1,4}$/.test(compact) && c.phoneTail.startsWith(compact)) scores.push([48, 'phone']);
  }
  const best = scores.sort((a, b) => b[0] - a[0])[0];
  return best ? { score: best[0], matched: best[1] } : null;
}

/**
 * Whether `query` reads as the name from character `start` on, each character typed as itself,
 * its whole syllable or its initial, the last one possibly half-typed: 张sf, zhangsf, 张san, zsfeng.
 */
function mixedMatch(query: string, chars: string[], syllables: string[], start: number): boolean {
  const memo = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    if (j === query.length) return true;
    if (i === chars.length) return false;
    const key = `${i}:${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const syllable = syllables[i] ?? '';
    const rest = query.slice(j);
    const result =
      (query[j] === chars[i] && from(i + 1, j + 1)) ||
      (syllable !== '' && rest.startsWith(syllable) && from(i + 1, j + syllable.length)) ||
      (syllable.startsWith(rest) && rest.length > 0) ||
      (query[j] === syllable[0] && from(i + 1, j + 1));
    memo.set(key, result);
    return result;
  };
  return from(start, 0);
}

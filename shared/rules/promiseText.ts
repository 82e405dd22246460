import { Converter } from 'opencc-js/t2cn';

/** Characters the check ignores: spaces, zero-width and direction marks. */
export const COMPLIANCE_IGNORED = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u180e]/u;
const IGNORED_ALL = new RegExp(COMPLIANCE_IGNORED.source, 'gu');

/** Traditional to simplified (OpenCC's tables), one character at a time so positions map back. */
let toSimplified: ((text: string) => string) | null = null;
const folded = new Map<string, string>();

/**
 * One character as the check reads it: full-width forms folded (NFKC: ８％ is 8%), traditional
 * read as simplified (保證 is 保证: the bank's own documents are in 繁體), case ignored, spaces and
 * invisible marks gone ("保 本", "保\u200b本" are 保本).
 */
function foldChar(char: string): string {
  let form = folded.get(char);
  if (form === undefined) {
    toSimplified ??= Converter({ from: 't', to: 'cn' });
    form = toSimplified(char.normalize('NFKC').replace(IGNORED_ALL, '')).toLowerCase();
    if (folded.size < 20_000) folded.set(char, form);
  }
  return form;
}

/** The text as the check reads it, and for each of its UTF-16 units the index of the character (code point) it came from. */
export interface FoldedText {
  text: string;
  origin: number[];
  /** The original text's characters (code points), which `origin` indexes. */
  chars: string[];
}

export function foldForCompliance(text: string): FoldedText {
  const chars = [...text];
  let out = '';
  const origin: number[] = [];
  chars.forEach((char, index) => {
    const form = foldChar(char);
    out += form;
    for (let unit = 0; unit < form.length; unit += 1) origin.push(index);
  });
  return { text: out, origin, chars };
}

/** The one normaliser of outgoing text: what the check reads (the composer's highlighting uses it too). */
export function normaliseForCompliance(text: string): string {
  return foldForCompliance(text).text;
}

/** The original characters behind folded units [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number; text: string } {
  const first = folded.origin[start] ?? 0;
  const last = folded.origin[Math.max(start, end - 1)] ?? first;
  return { start: first, end: last + 1, text: folded.chars.slice(first, last + 1).join('') };
}

import { normaliseForCompliance } from './compliance';

export interface TextSegment {
  text: string;
  /** Part of a compliance term that fired. */
  hit: boolean;
}

/**
 * The text cut into plain and highlighted segments, marking where each term occurs as the
 * compliance check sees it (the check's own normaliser: full-width forms folded, case ignored,
 * spaces or invisible marks inside a term, "保 本", highlighted with it). Every character stays,
 * in order.
 */
export function markComplianceTerms(text: string, terms: readonly string[]): TextSegment[] {
  const chars = [...text];
  // The normalised text, and for each of its UTF-16 units the original character it came from.
  let folded = '';
  const origin: number[] = [];
  chars.forEach((char, index) => {
    const form = normaliseForCompliance(char);
    folded += form;
    for (let unit = 0; unit < form.length; unit += 1) origin.push(index);
  });

  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    const needle = normaliseForCompliance(term);
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const first = origin[at] ?? 0;
      const last = origin[at + needle.length - 1] ?? first;
      for (let index = first; index <= last; index += 1) marked[index] = true;
    }
  }

  const segments: TextSegment[] = [];
  chars.forEach((char, index) => {
    const hit = marked[index] ?? false;
    const previous = segments.at(-1);
    if (previous && previous.hit === hit) previous.text += char;
    else segments.push({ text: char, hit });
  });
  return segments;
}

/** Whether `term` occurs in `text` as the check reads both. */
export function termOccurs(text: string, term: string): boolean {
  const needle = normaliseForCompliance(term);
  return needle.length > 0 && normaliseForCompliance(text).includes(needle);
}

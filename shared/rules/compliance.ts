/**
 * The compliance lexicon (glossary): outgoing text must not promise returns or safety. Longer
 * terms come first so the rule shown is the most specific one that fired (稳赚不赔 over 稳赚).
 */
export const COMPLIANCE_LEXICON = ['稳赚不赔', '保本保息', '刚性兑付', '100%收益', '保本', '保收益', '稳赚', '零风险', '无风险', '刚兑'] as const;

export interface ComplianceFinding {
  /** The lexicon term that fired. */
  term: string;
}

/** Characters the check ignores: spaces, zero-width and direction marks. */
export const COMPLIANCE_IGNORED = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const IGNORED_ALL = new RegExp(COMPLIANCE_IGNORED.source, 'gu');

/**
 * What makes two spellings the same for the check: full-width forms folded (NFKC), case ignored,
 * and spaces, zero-width and direction marks removed, so "保 本" or "保\u200b本" cannot slip
 * through. The one normaliser of outgoing text: the composer's highlighting uses it too.
 */
export function normaliseForCompliance(text: string): string {
  return text.normalize('NFKC').replace(IGNORED_ALL, '').toLowerCase();
}
const normalise = normaliseForCompliance;

/** Every term of the lexicon found in `text`. */
export function checkCompliance(text: string): ComplianceFinding[] {
  const body = normalise(text);
  const terms = COMPLIANCE_LEXICON;
  const found: ComplianceFinding[] = [];
  for (const term of terms) {
    const needle = normalise(term);
    // A shorter term inside one already found (保本 in 保本保息) adds nothing.
    if (body.includes(needle) && !found.some((f) => normalise(f.term).includes(needle))) found.push({ term });
  }
  return found;
}

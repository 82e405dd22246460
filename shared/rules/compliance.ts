import type { PromiseCategory, PromiseRule } from './promiseRules';
import { BUILT_IN_PROMISE_RULES, PROMISE_DISAVOWED_AFTER, PROMISE_DISCLOSURES, PROMISE_NEGATED_BEFORE } from './promiseRules';
import { foldForCompliance, originalSpan } from './promiseText';

export { COMPLIANCE_IGNORED, normaliseForCompliance } from './promiseText';

/**
 * The promise check (glossary): outgoing text must not promise returns or safety. Every text the
 * desk sends or prints for a client goes through `checkCompliance` (chat text and captions,
 * filled templates, a report's notes, opinion and plan), in core, renderer and reports alike.
 */
export interface ComplianceFinding {
  /** The words that fired, as written (traditional, full-width, spaced: the RM's own text). */
  term: string;
  /** The rule's id (`guarantee.promise`, or one the bank configured). */
  rule: string;
  category: PromiseCategory;
  /** Where in the text, in characters (code points): [start, end). */
  start: number;
  end: number;
}

interface CompiledRule {
  rule: PromiseRule;
  pattern: RegExp;
}

const compiledRules = new WeakMap<readonly PromiseRule[], CompiledRule[]>();
const DISCLOSURE = new RegExp(PROMISE_DISCLOSURES.join('|'), 'gu');
const NEGATED_BEFORE = new RegExp(PROMISE_NEGATED_BEFORE, 'u');
const DISAVOWED_AFTER = new RegExp(PROMISE_DISAVOWED_AFTER, 'u');
/** How far back a negation is looked for (its clause ends it sooner). */
const NEGATION_REACH = 12;
/** What a disclosure becomes: a character no rule matches and every gap stops at. */
const BLANK = '。';

function compiled(rules: readonly PromiseRule[]): CompiledRule[] {
  let found = compiledRules.get(rules);
  if (!found) {
    found = rules.map((rule) => ({ rule, pattern: new RegExp(rule.pattern, 'gu') }));
    compiledRules.set(rules, found);
  }
  return found;
}

/**
 * Every promise in `text`; empty when it may go out. Disclosures are blanked first (不保本 says
 * the opposite of 保本), then each rule runs over what is left; a match negated just before it or
 * disavowed after it is no promise. A finding inside another of the same category adds nothing.
 */
export function checkCompliance(text: string, rules: readonly PromiseRule[] = BUILT_IN_PROMISE_RULES): ComplianceFinding[] {
  const folded = foldForCompliance(text);
  const body = folded.text.replace(DISCLOSURE, (match) => BLANK.repeat(match.length));
  const found: ComplianceFinding[] = [];
  for (const { rule, pattern } of compiled(rules)) {
    for (const match of body.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      // Around the match the text is read as written: a disclosure such as 不能保证 negates too.
      const before = folded.text.slice(Math.max(0, match.index - NEGATION_REACH), match.index);
      if (NEGATED_BEFORE.test(before) || DISAVOWED_AFTER.test(folded.text.slice(match.index + match[0].length))) continue;
      const span = originalSpan(folded, match.index, match.index + match[0].length);
      const covered = found.some((f) => f.category === rule.category && f.start <= span.start && span.end <= f.end);
      if (!covered) found.push({ term: span.text, rule: rule.id, category: rule.category, start: span.start, end: span.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

import type { ApiError } from '../../../../../shared/api';
import { checkCompliance } from '../../../../../shared/rules/compliance';
import { termOccurs } from '../../../../../shared/rules/complianceMarks';
import type { PromiseCategory } from '../../../../../shared/rules/promiseRules';
import { PROMISE_CATEGORIES } from '../../../../../shared/rules/promiseRules';

/** One promise the check found: the words as written, the rule that fired and its category (whose reason the RM reads). */
export interface RefusedTerm {
  term: string;
  rule: string | null;
  category: PromiseCategory | null;
}

/** Why a message was not sent, as the composer shows it (the text stays in the box). */
export type SendRefusal = { kind: 'compliance'; findings: RefusedTerm[] } | { kind: 'other'; error: ApiError };

const categoryOf = (value: unknown): PromiseCategory | null => (PROMISE_CATEGORIES as readonly unknown[]).includes(value) ? (value as PromiseCategory) : null;

/** What a refusal names: one `promise` detail each (term, rule, category), or the reason's own list of terms. */
function namedFindings(error: ApiError): RefusedTerm[] {
  const fromDetails = (error.details ?? [])
    .filter((issue) => issue.reason === 'promise' && typeof issue.params.term === 'string')
    .map((issue) => ({ term: String(issue.params.term), rule: typeof issue.params.rule === 'string' ? issue.params.rule : null, category: categoryOf(issue.params.category) }));
  const listed = error.reason === 'chat.promise_found' && Array.isArray(error.params.terms) ? error.params.terms : [];
  const fromParams = listed.filter((term): term is string => typeof term === 'string').map((term) => ({ term, rule: null, category: null }));
  return fromDetails.length > 0 ? fromDetails : fromParams;
}

/**
 * A failed send as the composer's notice. The core refuses a text that promises with VALIDATION,
 * naming each finding; a named one counts only when its words occur in the text as the check
 * reads it. Should the core name none, the shared check finds them, so the RM always sees what to
 * change and why. Anything else (a text too long, an image refused, the host down) is shown by
 * its reason.
 */
export function sendRefusal(error: ApiError, text: string): SendRefusal {
  if (error.code === 'VALIDATION') {
    const named = namedFindings(error).filter((finding) => termOccurs(text, finding.term));
    const findings = named.length > 0 ? named : checkCompliance(text).map(({ term, rule, category }) => ({ term, rule, category }));
    const unique = findings.filter((finding, index) => findings.findIndex((other) => other.term === finding.term && other.rule === finding.rule) === index);
    if (unique.length > 0) return { kind: 'compliance', findings: unique };
  }
  return { kind: 'other', error };
}

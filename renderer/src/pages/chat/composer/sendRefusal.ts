import type { ApiError } from '../../../../../shared/api';
import { checkCompliance } from '../../../../../shared/rules/compliance';
import { markComplianceTerms } from '../../../../../shared/rules/complianceMarks';

/** Why a message was not sent, as the composer shows it (the text stays in the box). */
export type SendRefusal =
  | { kind: 'compliance'; terms: string[] }
  | { kind: 'limit'; message: string }
  | { kind: 'other'; code: ApiError['code']; message: string };

/** Where the core puts a term that fired: on the body (`input.body`), or a list of terms (`terms.0`). */
const TERM_PATH = /(^|\.)(body|terms)(\.\d+)?$/;

/**
 * A failed send as the composer's notice. The core refuses a non-compliant text with VALIDATION,
 * one detail per term that fired (`{ path: 'input.body', message: '保本' }`); a detail counts as a
 * term only when it occurs in the text (another complaint about the body is not one). Should the
 * core name none, the shared lexicon finds them, so the RM always sees what to change.
 */
export function sendRefusal(error: ApiError, text: string): SendRefusal {
  if (error.code === 'LIMIT') return { kind: 'limit', message: error.message };
  if (error.code === 'VALIDATION') {
    const occurs = (term: string) => markComplianceTerms(text, [term]).some((segment) => segment.hit);
    const named = (error.details ?? [])
      .filter((issue) => TERM_PATH.test(issue.path) && occurs(issue.message))
      .map((issue) => issue.message);
    const terms = named.length > 0 ? named : checkCompliance(text).map((finding) => finding.term);
    if (terms.length > 0) return { kind: 'compliance', terms: [...new Set(terms)] };
  }
  return { kind: 'other', code: error.code, message: error.message };
}

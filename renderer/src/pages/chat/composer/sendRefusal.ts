import type { ApiError } from '../../../../../shared/api';
import { checkCompliance } from '../../../../../shared/rules/compliance';
import { termOccurs } from '../../../../../shared/rules/complianceMarks';

/** Why a message was not sent, as the composer shows it (the text stays in the box). */
export type SendRefusal = { kind: 'compliance'; terms: string[] } | { kind: 'other'; error: ApiError };

/** The terms a refusal names: one `promise` detail each (`params.term`), or the reason's own list. */
function namedTerms(error: ApiError): string[] {
  const fromDetails = (error.details ?? []).filter((issue) => issue.reason === 'promise').map((issue) => issue.params.term);
  const fromParams = error.reason === 'chat.promise_found' ? error.params.terms : undefined;
  return [...fromDetails, ...(Array.isArray(fromParams) ? fromParams : [])].filter((term): term is string => typeof term === 'string');
}

/**
 * A failed send as the composer's notice. The core refuses a non-compliant text with VALIDATION,
 * naming each term that fired; a named term counts only when it occurs in the text as the check
 * reads it. Should the core name none, the shared lexicon finds them, so the RM always sees what
 * to change. Anything else (a text too long, an image refused, the host down) is shown by its reason.
 */
export function sendRefusal(error: ApiError, text: string): SendRefusal {
  if (error.code === 'VALIDATION') {
    const named = namedTerms(error).filter((term) => termOccurs(text, term));
    const terms = named.length > 0 ? named : checkCompliance(text).map((finding) => finding.term);
    if (terms.length > 0) return { kind: 'compliance', terms: [...new Set(terms)] };
  }
  return { kind: 'other', error };
}

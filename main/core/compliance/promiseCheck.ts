import type { ErrorReason } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { ComplianceFinding } from '../../../shared/rules/compliance';
import { checkCompliance } from '../../../shared/rules/compliance';
import type { PromiseRule } from '../../../shared/rules/promiseRules';
import type { AuditAction } from '../audit/audit';
import { AuditedRefusal } from '../audit/auditedRefusal';

type PromiseReason = Extract<ErrorReason, 'chat.promise_found' | 'report.promise_found'>;

/**
 * The promise check as the core applies it to what leaves the desk: the built-in rules and the
 * bank's configured ones. A text that promises is refused with VALIDATION, one `promise` detail
 * per finding naming the field, the words, the rule and its category (the RM sees the category's
 * reason), and the attempt is audited by the rules that fired, never the text.
 */
export class PromiseCheck {
  constructor(readonly rules: readonly PromiseRule[]) {}

  findings(text: string): ComplianceFinding[] {
    return checkCompliance(text, this.rules);
  }

  /** Throws an audited refusal when any of `texts` (field path → text) promises. */
  assert(reason: PromiseReason, texts: readonly (readonly [path: string, text: string])[], audit: { action: Extract<AuditAction, 'chat_compliance_blocked' | 'report_compliance_blocked'>; entity: string; entityId: string }): void {
    const found = texts.flatMap(([path, text]) => this.findings(text).map((finding) => ({ path, finding })));
    if (found.length === 0) return;
    const terms = [...new Set(found.map(({ finding }) => finding.term))];
    const refusal = new AppError(
      reason,
      { terms },
      found.map(({ path, finding }) => ({
        path,
        reason: 'promise',
        params: { term: finding.term, rule: finding.rule, category: finding.category },
        message: `promises returns or safety (${finding.rule})`,
      })),
    );
    const rules = [...new Set(found.map(({ finding }) => finding.rule))];
    throw new AuditedRefusal(refusal, { ...audit, details: { terms: found.length, rules: rules.join(',').slice(0, 200) } });
  }
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { markComplianceTerms } from '../../../../../shared/rules/complianceMarks';
import { useErrorText } from '../../../api/errorText';
import type { ImageFileProblem } from './imageFile';
import { imageLimits } from './imageFile';
import type { SendRefusal } from './sendRefusal';

export type ComposerProblem = SendRefusal | { kind: 'image'; problem: ImageFileProblem };

/**
 * Why the last send did not go, above the box that still holds the text. For a compliance
 * refusal the text as it now stands is shown with the terms marked, so the RM sees what is left
 * to change while editing.
 */
export function ComposerNotice({ problem, text, onClose }: { problem: ComposerProblem; text: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (problem.kind === 'compliance') {
    const terms = [...new Set(problem.findings.map((finding) => finding.term))];
    const quoted = terms.map((term) => t('chat.compliance.quoted', { term })).join(t('common.listSeparator'));
    return (
      <Alert
        data-testid="chat-compliance"
        data-terms={terms.join(',')}
        data-rules={problem.findings.map((finding) => finding.rule ?? '').join(',')}
        type="warning"
        showIcon
        closable={{ onClose, 'aria-label': t('chat.dismiss') }}
        title={t('chat.compliance.message', { terms: quoted })}
        description={
          <>
            <ul className="chat-compliance-findings">
              {problem.findings.flatMap(({ term, rule, category }) =>
                rule !== null && category !== null
                  ? [
                      <li key={`${rule}:${term}`} data-testid="chat-compliance-finding" data-rule={rule}>
                        {t('chat.compliance.finding', { term, rule, reason: t(`chat.compliance.category.${category}`) })}
                      </li>,
                    ]
                  : [],
              )}
            </ul>
            <span className="chat-text">
              {markComplianceTerms(text, terms).map((segment, index) =>
                segment.hit ? (
                  <mark key={index} data-testid="chat-compliance-term" className="chat-term">
                    {segment.text}
                  </mark>
                ) : (
                  <span key={index}>{segment.text}</span>
                ),
              )}
            </span>
          </>
        }
      />
    );
  }
  const code = problem.kind === 'image' ? 'VALIDATION' : problem.error.code;
  const message = problem.kind === 'image' ? t(`chat.imageProblem.${problem.problem}`, imageLimits(t)) : errorText(problem.error);
  return <Alert data-testid="chat-send-error" data-code={code} type="error" showIcon closable={{ onClose, 'aria-label': t('chat.dismiss') }} title={message} />;
}

import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { AssessmentState } from '../../../../shared/rules/assessment';

/** 未评估 / 已过期 / 即将到期 beside a risk level; nothing while the assessment is valid. */
export function AssessmentTag({ state, t }: { state: AssessmentState; t: TFunction }) {
  if (state === 'valid') return null;
  const color = state === 'expiring' ? 'orange' : 'warning';
  const label = state === 'missing' ? t('roster.riskNotAssessed') : state === 'expired' ? t('roster.assessmentExpired') : t('roster.assessmentExpiring');
  return (
    <Tag data-testid="roster-assessment-tag" data-state={state} color={color} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

import { Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../shared/api';
import { useNow } from '../hooks/useNow';
import { isRiskAssessmentExpired, riskAssessmentCutoff } from '../pages/roster/riskAssessment';

const HOUR_MS = 3_600_000;

/** "C3 稳健型 · 评估日期 2025-03-01", flagged when the assessment is older than 12 months. */
export function RiskText({ client }: { client: Pick<ClientDetail, 'riskLevel' | 'riskAssessedAt'> }) {
  const { t } = useTranslation();
  const now = useNow(HOUR_MS);
  const cutoff = useMemo(() => riskAssessmentCutoff(now), [now]);
  if (!client.riskLevel) return <Tag color="warning">{t('roster.riskNotAssessed')}</Tag>;
  const expired = client.riskAssessedAt !== null && isRiskAssessmentExpired(client.riskAssessedAt, cutoff);
  return (
    <span>
      {client.riskLevel} {t(`riskLevel.${client.riskLevel}`)}
      {client.riskAssessedAt && <span className="text-secondary tabular-nums"> · {t('roster.riskAssessedOn', { date: client.riskAssessedAt })}</span>}
      {expired && (
        <Tag color="warning" title={t('roster.riskExpiredHint')} style={{ marginInlineStart: 8 }}>
          {t('roster.riskExpired')}
        </Tag>
      )}
    </span>
  );
}

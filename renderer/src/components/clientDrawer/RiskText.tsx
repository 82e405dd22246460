import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import { ASSESSMENT_VALID_MONTHS, assessmentStatus } from '../../../../shared/rules/assessment';
import { useBankToday } from '../../hooks/useBankToday';

/** "C3 稳健型 · 评估日期 2025-03-01", flagged once the assessment no longer holds (the shared rule, on the bank's today). */
export function RiskText({ client }: { client: Pick<ClientDetail, 'riskLevel' | 'riskAssessedAt'> }) {
  const { t } = useTranslation();
  const today = useBankToday();
  if (!client.riskLevel) return <Tag color="warning">{t('roster.riskNotAssessed')}</Tag>;
  const { expired } = assessmentStatus(client.riskAssessedAt, today.date);
  return (
    <span>
      {client.riskLevel} {t(`riskLevel.${client.riskLevel}`)}
      {client.riskAssessedAt && <span className="text-secondary tabular-nums"> · {t('roster.riskAssessedOn', { date: client.riskAssessedAt })}</span>}
      {expired && (
        <Tag color="warning" title={t('roster.riskExpiredHint', { months: ASSESSMENT_VALID_MONTHS })} style={{ marginInlineStart: 8 }}>
          {t('roster.riskExpired')}
        </Tag>
      )}
    </span>
  );
}

import type { DescriptionsProps } from 'antd';
import { Alert, Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../shared/api';
import { assessmentStatus } from '../../../../shared/rules/assessment';
import { useBankToday } from '../../hooks/useBankToday';

/**
 * Risk tolerance C1–C5, when it was assessed and the last day it holds, with a warning when it
 * lapsed or soon will: the shared rule on the bank's today, as the roster and the drawer read it.
 */
export function RiskCard({ data }: { data: Pick<Client360, 'client'> }) {
  const { t } = useTranslation();
  const { client } = data;
  const today = useBankToday();
  const assessment = assessmentStatus(client.riskAssessedAt, today.date);
  const empty = <span className="text-secondary">{t('common.empty')}</span>;
  const items: DescriptionsProps['items'] = [
    {
      key: 'level',
      label: t('clientDrawer.risk'),
      children: client.riskLevel ? (
        <span data-testid="client360-risk-level" data-level={client.riskLevel}>
          {client.riskLevel} {t(`riskLevel.${client.riskLevel}`)}
        </span>
      ) : (
        <span data-testid="client360-risk-level">{t('roster.riskNotAssessed')}</span>
      ),
    },
    { key: 'assessedAt', label: t('client360.assessedAt'), children: client.riskAssessedAt ? <span className="tabular-nums">{client.riskAssessedAt}</span> : empty },
    { key: 'validThrough', label: t('client360.validThrough'), children: assessment.validThrough ? <span className="tabular-nums">{assessment.validThrough}</span> : empty },
  ];
  return (
    <Card size="small" title={t('client360.risk')}>
      <Flex vertical gap={12}>
        {assessment.expired ? (
          <Alert
            data-testid="assessment-expired"
            type="error"
            showIcon
            title={client.riskAssessedAt ? t('client360.assessmentExpiredTitle') : t('client360.assessmentMissingTitle')}
            description={t('client360.assessmentExpiredHint')}
          />
        ) : (
          assessment.expiringSoon && (
            <Alert
              data-testid="assessment-expiring"
              type="warning"
              showIcon
              title={t('client360.assessmentExpiringTitle')}
              description={t('client360.assessmentExpiringHint', { date: assessment.validThrough ?? t('common.empty') })}
            />
          )
        )}
        <Descriptions size="small" column={1} bordered items={items} />
      </Flex>
    </Card>
  );
}

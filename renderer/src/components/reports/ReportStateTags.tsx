import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../shared/api';

/** 已交付 (when and how, in the tooltip) or 未交付; 待同步 while the bank has not accepted the report. */
export function ReportStateTags({ report }: { report: Pick<ReportLine, 'deliveredAt' | 'deliveryChannel' | 'pending'> }) {
  const { t } = useTranslation();
  const delivered = report.deliveredAt !== null;
  return (
    <>
      {delivered ? (
        <Tooltip
          title={t('reports.deliveredHint', {
            date: dayjs(report.deliveredAt).format('YYYY-MM-DD HH:mm'),
            channel: report.deliveryChannel ? t(`deliveryChannel.${report.deliveryChannel}`) : t('common.empty'),
          })}
        >
          <Tag data-testid="report-delivered" data-channel={report.deliveryChannel ?? ''} color="success" style={{ marginInlineEnd: 0 }}>
            {t('reports.delivered')}
          </Tag>
        </Tooltip>
      ) : (
        <Tag data-testid="report-not-delivered" style={{ marginInlineEnd: 0 }}>
          {t('reports.notDelivered')}
        </Tag>
      )}
      {report.pending && (
        <Tooltip title={t('reports.pendingHint')}>
          <Tag data-testid="report-pending" color="processing" style={{ marginInlineEnd: 0 }}>
            {t('reports.pending')}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

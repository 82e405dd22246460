import { Card, Empty, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../shared/api';

/** The client's reports, newest first: kind, title, when made and whether delivered. */
export function ReportsCard({ reports }: { reports: Client360['reports'] }) {
  const { t } = useTranslation();
  const sorted = [...reports].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card size="small" title={t('reports.title')}>
      <div data-testid="reports-list" data-count={sorted.length}>
        {sorted.length === 0 ? (
          <Empty data-testid="reports-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} />
        ) : (
          <ul className="plain-list">
            {sorted.map((report) => (
              <li key={report.id} data-testid="report-item" data-id={report.id} data-kind={report.kind} className="report-item">
                <Tag style={{ marginInlineEnd: 0 }}>{t(`reportKind.${report.kind}`)}</Tag>
                <span className="report-title">{report.title}</span>
                <span className="text-secondary tabular-nums">{dayjs(report.createdAt).format('YYYY-MM-DD')}</span>
                {report.deliveredAt ? (
                  <Tag color="success" title={dayjs(report.deliveredAt).format('YYYY-MM-DD HH:mm')} style={{ marginInlineEnd: 0 }}>
                    {t('reports.delivered')}
                  </Tag>
                ) : (
                  <Tag style={{ marginInlineEnd: 0 }}>{t('reports.notDelivered')}</Tag>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

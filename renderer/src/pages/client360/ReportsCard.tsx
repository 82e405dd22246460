import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../shared/api';
import { navigate } from '../../navigation/routes';
import { ReportLineList } from '../../components/reports/ReportLineList';

/** The client's reports, newest first; a line opens its preview, the button the report page. */
export function ReportsCard({ clientId, reports }: { clientId: string; reports: Client360['reports'] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('reports.title')}
      extra={
        <Button data-testid="report-create" size="small" icon={<FileTextOutlined />} onClick={() => navigate('reports', clientId)}>
          {t('reports.create')}
        </Button>
      }
    >
      <ReportLineList reports={reports} testId="reports-list" onOpen={(report) => navigate('reports', clientId, report.id)} />
    </Card>
  );
}

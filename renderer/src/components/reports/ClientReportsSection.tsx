import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/routes';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useReportsQuery } from '../../store/endpoints/reports';
import { clientDrawerClosed } from '../../store/drawerSlice';
import { useAppDispatch } from '../../store/hooks';
import { ReportLineList } from './ReportLineList';
import { LoadFailedAlert } from '../LoadFailedAlert';
import { asApiError } from '../../api/errors';

/** 报告 in the client drawer, from `reports.list`: a line or the button leads to the report page. */
export function ClientReportsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const query = useReportsQuery(useAdvisorArg({ clientId }));
  const open = (reportId?: string) => {
    dispatch(clientDrawerClosed());
    navigate('reports', clientId, reportId);
  };
  return (
    <Card
      size="small"
      title={t('reports.title')}
      extra={
        <Button data-testid="client-report-create" size="small" icon={<FileTextOutlined />} onClick={() => open()}>
          {t('reports.create')}
        </Button>
      }
    >
      {query.data ? (
        <ReportLineList reports={query.data} testId="client-reports" onOpen={(report) => open(report.id)} />
      ) : query.isError ? (
        <LoadFailedAlert testId="client-reports-error" title={t('reports.loadFailed')} error={asApiError(query.error)} onRetry={() => void query.refetch()} />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
    </Card>
  );
}

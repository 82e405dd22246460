import { FileTextOutlined } from '@ant-design/icons';
import { skipToken } from '@reduxjs/toolkit/query/react';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/routes';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useReportsQuery } from '../../../store/api';
import { clientDrawerClosed } from '../../../store/drawerSlice';
import { useAppDispatch } from '../../../store/hooks';
import { ReportLineList } from './ReportLineList';

/** 报告 in the client drawer, from `reports.list`: a line or the button leads to the report page. */
export function ClientReportsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const advisor = useAdvisorArg();
  const query = useReportsQuery(advisor === skipToken ? skipToken : { ...advisor, clientId });
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
        <Alert data-testid="client-reports-error" type="error" showIcon title={t('reports.loadFailed')} action={<Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>} />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
    </Card>
  );
}

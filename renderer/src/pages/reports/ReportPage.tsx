import { ArrowLeftOutlined } from '@ant-design/icons';
import { skipToken } from '@reduxjs/toolkit/query/react';
import { Button, Col, Flex, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { idSchema } from '../../../../shared/domain';
import { asApiError } from '../../api/errors';
import { navigate, useRouteItem, useRouteSection } from '../../navigation/routes';
import { useClientDetail } from '../../hooks/useClientDetail';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useReportsQuery } from '../../store/endpoints/reports';
import { ReportPreviewCard } from './preview/ReportPreviewCard';
import { ReportHistoryCard } from './ReportHistoryCard';
import { ReportRequestCard } from './request/ReportRequestCard';

/**
 * `#/reports/<clientId>[/<reportId>]`: generate a client's report and look at it, or at an earlier
 * one. Keyed by client, so nothing typed for one client shows for the next.
 */
export function ReportPage() {
  const clientId = useRouteSection() ?? '';
  return <ReportView key={clientId} clientId={clientId} />;
}

function ReportView({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const reportId = useRouteItem();
  const valid = idSchema.safeParse(clientId).success;
  const { client, error: clientError } = useClientDetail(clientId);
  const reports = useReportsQuery(useAdvisorArg(!valid ? skipToken : { clientId }));
  const open = (id: string) => navigate('reports', clientId, id);
  const active = reports.data?.find((report) => report.id === reportId) ?? null;

  if (!valid || clientError?.code === 'NOT_FOUND') {
    return (
      <Result
        data-testid="report-page-not-found"
        status="404"
        title={t('clientDrawer.notFound')}
        extra={
          <Button type="primary" onClick={() => navigate('roster')}>
            {t('client360.back')}
          </Button>
        }
      />
    );
  }
  return (
    <Flex data-testid="report-page" data-client-id={clientId} vertical gap={16} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Flex align="center" gap={12} wrap>
        <Button data-testid="report-page-back" icon={<ArrowLeftOutlined />} onClick={() => navigate('clients', clientId)}>
          {t('reportPage.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reportPage.title', { name: client?.name ?? '…' })}
        </Typography.Title>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <ReportRequestCard clientId={clientId} onGenerated={(report) => open(report.id)} />
            <ReportHistoryCard
              reports={reports.data}
              error={asApiError(reports.error)}
              onRetry={() => void reports.refetch()}
              activeId={reportId}
              onOpen={(report) => open(report.id)}
            />
          </Flex>
        </Col>
        <Col xs={24} xl={15}>
          <ReportPreviewCard reportId={reportId} report={active} />
        </Col>
      </Row>
    </Flex>
  );
}

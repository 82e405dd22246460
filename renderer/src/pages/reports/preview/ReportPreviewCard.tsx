import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../../shared/api';
import { ReportStateTags } from '../../../components/reports/ReportStateTags';
import { PdfPages } from './PdfPages';
import { ReportActions } from './ReportActions';
import { useReportPdf } from './useReportPdf';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';
import './preview.css';

/**
 * The report being looked at: its title and state, the actions, and its pages drawn from the
 * stored PDF. `report` is null when none is chosen; `reportId` without a line yet while the list
 * catches up with a report just generated.
 */
export function ReportPreviewCard({ reportId, report }: { reportId: string | null; report: ReportLine | null }) {
  const { t } = useTranslation();
  const { pdf, error, retry } = useReportPdf(reportId);
  return (
    <Card
      size="small"
      data-testid="report-preview"
      data-report-id={reportId ?? ''}
      title={
        report ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text ellipsis style={{ maxWidth: 360 }}>
              {report.title}
            </Typography.Text>
            <ReportStateTags report={report} />
          </Flex>
        ) : (
          t('reportPage.preview')
        )
      }
      extra={report && <ReportActions report={report} pdf={pdf} />}
    >
      {!reportId ? (
        <Empty data-testid="report-preview-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportPage.previewEmpty')} />
      ) : error ? (
        <LoadFailedAlert testId="report-pdf-error" title={t('reportPage.pdfFailed')} error={error} onRetry={retry} />
      ) : pdf ? (
        // Keyed by report: pages drawn for one PDF never pass for the next one's.
        <PdfPages key={reportId} bytes={pdf.bytes} />
      ) : (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('reportPage.loadingPdf')} />
        </Flex>
      )}
    </Card>
  );
}

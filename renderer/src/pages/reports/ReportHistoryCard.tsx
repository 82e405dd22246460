import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, ReportLine } from '../../../../shared/api';
import { ReportLineList } from '../../components/reports/ReportLineList';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';

interface ReportHistoryCardProps {
  reports: ReportLine[] | undefined;
  error: ApiError | null;
  onRetry: () => void;
  activeId: string | null;
  onOpen: (report: ReportLine) => void;
}

/** 历史报告: the client's reports; one opens in the preview. */
export function ReportHistoryCard({ reports, error, onRetry, activeId, onOpen }: ReportHistoryCardProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reportPage.history')}>
      {reports ? (
        <ReportLineList reports={reports} testId="report-history" activeId={activeId} onOpen={onOpen} />
      ) : error ? (
        <LoadFailedAlert title={t('reports.loadFailed')} error={error} onRetry={onRetry} />
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
    </Card>
  );
}

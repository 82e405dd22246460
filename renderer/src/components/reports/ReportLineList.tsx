import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../shared/api';
import { newestReportsFirst } from './reportOrder';
import { ReportStateTags } from './ReportStateTags';
import { ReportSummary } from './ReportSummary';

interface ReportLineListProps {
  reports: readonly ReportLine[];
  /** Over the 360 page the drawer shows its own list: each gets its own test id. */
  testId: string;
  /** Opens a report in the preview; without it the lines are not buttons. */
  onOpen?: (report: ReportLine) => void;
  /** The report in the preview, highlighted. */
  activeId?: string | null;
}

/** A client's reports, newest first: kind, title, when made, pages, delivered or not, pending. */
export function ReportLineList({ reports, testId, onOpen, activeId = null }: ReportLineListProps) {
  const { t } = useTranslation();
  const sorted = newestReportsFirst(reports);
  return (
    <div data-testid={testId} data-count={sorted.length}>
      {sorted.length === 0 ? (
        <Empty data-testid="reports-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} />
      ) : (
        <ul className="plain-list">
          {sorted.map((report) => (
            <li
              key={report.id}
              data-testid="report-item"
              data-id={report.id}
              data-kind={report.kind}
              data-delivered={report.deliveredAt !== null}
              data-pending={report.pending}
              className={report.id === activeId ? 'report-item report-item-active' : 'report-item'}
            >
              <ReportSummary report={report} />
              <span className="text-secondary tabular-nums">{t('reports.pages', { pages: report.pages })}</span>
              <ReportStateTags report={report} />
              {onOpen && (
                <Button data-testid="report-open" size="small" type="link" onClick={() => onOpen(report)}>
                  {t('reports.open')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

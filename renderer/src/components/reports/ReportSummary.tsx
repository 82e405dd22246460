import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../shared/api';

/** A report at a glance, inside a `report-item` line: its kind, title and the day it was made. */
export function ReportSummary({ report }: { report: Pick<ReportLine, 'kind' | 'title' | 'createdAt'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`reportKind.${report.kind}`)}</Tag>
      <span className="report-title" title={report.title}>
        {report.title}
      </span>
      <span className="text-secondary tabular-nums">{dayjs(report.createdAt).format('YYYY-MM-DD')}</span>
    </>
  );
}

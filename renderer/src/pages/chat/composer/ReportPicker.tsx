import { skipToken } from '@reduxjs/toolkit/query/react';
import { Button, Empty, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { newestReportsFirst } from '../../../components/reports/reportOrder';
import { ReportSummary } from '../../../components/reports/ReportSummary';
import { useReportsQuery } from '../../../store/endpoints/reports';

interface ReportPickerProps {
  clientId: string;
  open: boolean;
  sending: boolean;
  onSend: (reportId: string) => void;
  onClose: () => void;
}

/** 发送报告: the client's reports, newest first, each with 发送. */
export function ReportPicker({ clientId, open, sending, onSend, onClose }: ReportPickerProps) {
  const { t } = useTranslation();
  const reports = useReportsQuery(useAdvisorArg(!open ? skipToken : { clientId }));
  const sorted = newestReportsFirst(reports.data ?? []);
  return (
    <Modal data-testid="chat-report-picker" open={open} title={t('chat.sendReport')} footer={null} onCancel={onClose} destroyOnHidden>
      {reports.isLoading ? (
        <Spin />
      ) : sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} />
      ) : (
        <ul className="plain-list">
          {sorted.map((report) => (
            <li key={report.id} className="report-item" data-testid="chat-report-choice" data-id={report.id}>
              <ReportSummary report={report} />
              <Button data-testid="chat-report-send" size="small" type="primary" loading={sending} onClick={() => onSend(report.id)}>
                {t('chat.send')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

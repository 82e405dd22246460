import { skipToken } from '@reduxjs/toolkit/query/react';
import { Button, Empty, Modal, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useReportsQuery } from '../../../store/api';

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
  const advisor = useAdvisorArg();
  const reports = useReportsQuery(advisor === skipToken || !open ? skipToken : { ...advisor, clientId });
  const sorted = [...(reports.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
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
              <Tag style={{ marginInlineEnd: 0 }}>{t(`reportKind.${report.kind}`)}</Tag>
              <span className="report-title" title={report.title}>
                {report.title}
              </span>
              <span className="text-secondary tabular-nums">{dayjs(report.createdAt).format('YYYY-MM-DD')}</span>
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

import { CheckCircleOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../../shared/api';
import { DELIVERY_CHANNELS } from '../../../../../shared/domain';
import type { DeliveryChannel } from './useReportActions';
import { useReportActions } from './useReportActions';
import type { ReportPdf } from './useReportPdf';

/** 保存 PDF, 打印, and 标记已交付 with how (打印面交 / 聊天发送 / 客户下载) until it is delivered. */
export function ReportActions({ report, pdf }: { report: ReportLine; pdf: ReportPdf | null }) {
  const { t } = useTranslation();
  const { save, print, deliver, busy } = useReportActions(report, pdf);
  const [channel, setChannel] = useState<DeliveryChannel>('printed');
  return (
    <Flex gap={8} wrap align="center">
      <Button data-testid="report-save" icon={<DownloadOutlined />} disabled={!pdf} loading={busy === 'save'} onClick={() => void save()}>
        {t('reportPage.save')}
      </Button>
      <Button data-testid="report-print" icon={<PrinterOutlined />} disabled={!pdf} loading={busy === 'print'} onClick={() => void print()}>
        {t('reportPage.print')}
      </Button>
      {report.deliveredAt === null && (
        <Space.Compact>
          <Select<DeliveryChannel>
            data-testid="report-deliver-channel"
            aria-label={t('reportPage.deliverChannel')}
            value={channel}
            onChange={setChannel}
            popupMatchSelectWidth={false}
            options={DELIVERY_CHANNELS.map((value) => ({ value, label: t(`deliveryChannel.${value}`) }))}
          />
          <Button data-testid="report-deliver" type="primary" icon={<CheckCircleOutlined />} loading={busy === 'deliver'} onClick={() => void deliver(channel)}>
            {t('reportPage.deliver')}
          </Button>
        </Space.Compact>
      )}
    </Flex>
  );
}

import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../../shared/api';
import type { DELIVERY_CHANNELS } from '../../../../../shared/domain';
import { thrownText } from '../../../api/errorText';
import { downloadBytes } from '../../../files/download';
import { reportsApi } from '../../../store/endpoints/reports';
import { useAppDispatch } from '../../../store/hooks';
import { preparePrintSheet } from './printPdfPages';
import type { ReportPdf } from './useReportPdf';

export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
type Busy = 'save' | 'print' | 'deliver' | null;

const PDF_MIME_TYPE = 'application/pdf';
const FAILED = { save: 'reportPage.actionFailed', print: 'reportPage.printFailed', deliver: 'reportPage.deliverFailed' } as const;

/**
 * 保存 PDF, 打印 and 标记已交付 for the report in the preview. What happens to the PDF outside
 * the host (saved, or printed by the browser) is told to the host for its audit log.
 */
export function useReportActions(report: ReportLine, pdf: ReportPdf | null) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dispatch = useAppDispatch();
  const [busy, setBusy] = useState<Busy>(null);

  const run = async (what: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(what);
    try {
      await action();
    } catch (error) {
      void message.error(t(FAILED[what], { message: thrownText(t, error) }));
    } finally {
      setBusy(null);
    }
  };

  const record = (action: 'printed' | 'exported') => dispatch(reportsApi.endpoints.recordReportAction.initiate({ id: report.id, action })).unwrap();

  const save = () =>
    run('save', async () => {
      if (!pdf) return;
      downloadBytes(pdf.filename, pdf.bytes, PDF_MIME_TYPE);
      void message.success(t('reportPage.saved', { filename: pdf.filename }));
      await record('exported');
    });

  const print = () =>
    run('print', async () => {
      if (!pdf) return;
      // The sheet first: Electron prints the window as it is (and audits a confirmed print itself).
      const sheet = await preparePrintSheet(pdf.bytes);
      let printedByHost: boolean;
      try {
        ({ printedByHost } = await dispatch(reportsApi.endpoints.printReport.initiate({ id: report.id })).unwrap());
      } catch (error) {
        sheet.remove();
        throw error;
      }
      if (printedByHost) {
        sheet.remove();
        return;
      }
      sheet.printHere();
      await record('printed');
    });

  const deliver = (channel: DeliveryChannel) =>
    run('deliver', async () => {
      await dispatch(reportsApi.endpoints.deliverReport.initiate({ id: report.id, channel })).unwrap();
      void message.success(t('reportPage.delivered'));
    });

  return { save, print, deliver, busy };
}

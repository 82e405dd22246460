import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ReportLine } from '../../../../../shared/api';
import { toApiError } from '../../../api/errors';
import type { ReportRequest } from '../../../store/endpoints/reports';
import { useGenerateReportMutation } from '../../../store/endpoints/reports';

/** 生成报告: the host builds, renders and stores the report; a refusal is kept with its code (LIMIT, VALIDATION, …). */
export function useGenerateReport(onGenerated: (report: ReportLine) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [generateReport, { isLoading: generating }] = useGenerateReportMutation();
  const [error, setError] = useState<ApiError | null>(null);

  const generate = async (request: ReportRequest) => {
    setError(null);
    try {
      const report = await generateReport(request).unwrap();
      void message.success(t('reportPage.generated'));
      onGenerated(report);
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return { generate, generating, error };
}

import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../../../api/errorText';
import type { CadencePlanRequest } from '../../../store/endpoints/cadence';
import { cadenceApi } from '../../../store/endpoints/cadence';
import { downloadTextFile } from '../../../files/download';
import { useAppDispatch } from '../../../store/hooks';
import { icsFileName } from './planGroups';

export const ICS_MIME_TYPE = 'text/calendar';

/**
 * 导出日历: asks the host for the plan as an `.ics` file and saves it under the host's name. The
 * call is untracked, so the file (large for a big book) never sits in the store.
 */
export function usePlanExport(request: CadencePlanRequest) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dispatch = useAppDispatch();
  const [exporting, setExporting] = useState(false);

  const exportIcs = async () => {
    setExporting(true);
    try {
      const file = await dispatch(cadenceApi.endpoints.cadencePlanIcs.initiate(request, { track: false })).unwrap();
      const filename = icsFileName(file.filename);
      downloadTextFile(filename, file.content, ICS_MIME_TYPE);
      void message.success(t('cadence.plan.exported', { filename }));
    } catch (error) {
      void message.error(t('cadence.plan.exportFailed', { message: thrownText(t, error) }));
    } finally {
      setExporting(false);
    }
  };

  return { exportIcs, exporting };
}

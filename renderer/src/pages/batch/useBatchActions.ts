import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api';
import { toApiError } from '../../api/errors';
import { thrownText } from '../../api/errorText';
import { base64ToBytes } from '../../files/base64';
import { downloadBytes } from '../../files/download';
import { safeFileName } from '../../files/fileName';
import type { BatchRequest } from '../../store/endpoints/reports';
import { reportsApi } from '../../store/endpoints/reports';
import { useAppDispatch } from '../../store/hooks';

const ZIP_MIME_TYPE = 'application/zip';

/** Start, cancel, and the zip of a finished batch. The status itself lives in reportBatchSlice. */
export function useBatchActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dispatch = useAppDispatch();
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'start' | 'cancel' | 'zip' | null>(null);

  const start = async (request: BatchRequest) => {
    setBusy('start');
    setStartError(null);
    try {
      await dispatch(reportsApi.endpoints.startBatch.initiate(request, { track: false })).unwrap();
    } catch (error) {
      setStartError(toApiError(error));
    } finally {
      setBusy(null);
    }
  };

  const cancel = async (batchId: string) => {
    setBusy('cancel');
    try {
      await dispatch(reportsApi.endpoints.cancelBatch.initiate({ batchId }, { track: false })).unwrap();
    } catch (error) {
      void message.error(t('batch.cancelFailed', { message: thrownText(t, error) }));
    } finally {
      setBusy(null);
    }
  };

  /** The zip is fetched when asked for and goes straight to a download, never into the store. */
  const downloadZip = async (batchId: string) => {
    setBusy('zip');
    try {
      const zip = await dispatch(reportsApi.endpoints.batchZip.initiate({ batchId }, { track: false })).unwrap();
      downloadBytes(safeFileName(zip.filename, 'zip', 'reports'), base64ToBytes(zip.base64), ZIP_MIME_TYPE);
    } catch (error) {
      void message.error(t('batch.zipFailed', { message: thrownText(t, error) }));
    } finally {
      setBusy(null);
    }
  };

  return { start, cancel, downloadZip, startError, busy };
}

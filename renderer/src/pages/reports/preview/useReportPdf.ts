import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../../shared/api';
import { toApiError } from '../../../api/errors';
import { base64ToBytes } from '../../../files/base64';
import { safeFileName } from '../../../files/fileName';
import { reportsApi } from '../../../store/endpoints/reports';
import { useAppDispatch } from '../../../store/hooks';

export interface ReportPdf {
  /** Safe to save as, ending in `.pdf`. */
  filename: string;
  bytes: Uint8Array<ArrayBuffer>;
}

interface ReportPdfState {
  /** Which report and which attempt the answer is for. */
  reportId: string | null;
  attempt: number;
  pdf: ReportPdf | null;
  error: ApiError | null;
}

/**
 * A stored report's PDF from `reports.pdf`, held by the view that shows it: the call is untracked,
 * so megabytes of base64 never sit in the store. A report's PDF never changes, so it is asked once
 * per report shown (and again on `retry`).
 */
export function useReportPdf(reportId: string | null) {
  const dispatch = useAppDispatch();
  const [state, setState] = useState<ReportPdfState>({ reportId: null, attempt: 0, pdf: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!reportId) return undefined;
    let cancelled = false;
    void (async () => {
      try {
        const file = await dispatch(reportsApi.endpoints.reportPdf.initiate({ id: reportId }, { track: false })).unwrap();
        const pdf = { filename: safeFileName(file.filename, 'pdf', 'report'), bytes: base64ToBytes(file.base64) };
        if (!cancelled) setState({ reportId, attempt, pdf, error: null });
      } catch (error) {
        if (!cancelled) setState({ reportId, attempt, pdf: null, error: toApiError(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [dispatch, reportId, attempt]);

  // Until the answer for this report (and this attempt) is in, what is held belongs to another.
  const current = state.reportId === reportId && state.attempt === attempt;
  return {
    pdf: current ? state.pdf : null,
    error: current ? state.error : null,
    retry: () => setAttempt((count) => count + 1),
  };
}

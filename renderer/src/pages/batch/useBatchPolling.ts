import { useEffect } from 'react';
import { reportsApi } from '../../store/endpoints/reports';
import { useAppDispatch } from '../../store/hooks';

/** report:progress events carry the batch; polling at this pace only covers events that went missing. */
const POLL_MS = 3_000;

/** While a batch runs, asks `reports.batchStatus` now and then; the answers land in reportBatchSlice. */
export function useBatchPolling(batchId: string | null, running: boolean): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    if (!batchId || !running) return undefined;
    const timer = setInterval(() => {
      // A failed poll is only a missed tick; the next one (or an event) catches up.
      void dispatch(reportsApi.endpoints.batchStatus.initiate({ batchId }, { track: false }));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [dispatch, batchId, running]);
}

import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice, isAnyOf } from '@reduxjs/toolkit';
import type { BatchStatus } from '../../../shared/api';
import { reportsApi } from './endpoints/reports';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

export interface ReportBatchState {
  /** The batch this desk started last, as far as we know; null before the first or after sign-out. */
  status: BatchStatus | null;
}

const initialState: ReportBatchState = { status: null };

/** A batch's clients handled so far, failed or not. */
function handled(status: BatchStatus): number {
  return status.done + status.failed.length;
}

/**
 * Progress arrives twice over (report:progress events and batchStatus polling) and not always in
 * order: keep whichever says more. Another batch's status replaces only a batch that has ended,
 * and a batch that ended never goes back to running.
 */
export function mergeBatchStatus(current: BatchStatus | null, incoming: BatchStatus): BatchStatus {
  if (!current) return incoming;
  if (current.batchId !== incoming.batchId) return current.state === 'running' ? current : incoming;
  if (current.state !== 'running') return current;
  if (incoming.state !== 'running') return incoming;
  return handled(incoming) >= handled(current) ? incoming : current;
}

/** The report batch being watched (批量报告), from its start through events and polling to its end. Memory only. */
export const reportBatchSlice = createSlice({
  name: 'reportBatch',
  initialState,
  reducers: {
    batchProgressReceived(state, action: PayloadAction<BatchStatus>) {
      state.status = mergeBatchStatus(state.status, action.payload);
    },
    batchDismissed(state) {
      if (state.status?.state !== 'running') state.status = null;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) state.status = null;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.status = null;
      })
      .addMatcher(sessionApi.endpoints.login.matchFulfilled, (state) => {
        state.status = null;
      })
      // A started batch is the one to watch, whatever ended before it.
      .addMatcher(reportsApi.endpoints.startBatch.matchFulfilled, (state, action) => {
        state.status = action.payload;
      })
      .addMatcher(isAnyOf(reportsApi.endpoints.batchStatus.matchFulfilled, reportsApi.endpoints.cancelBatch.matchFulfilled), (state, action) => {
        state.status = mergeBatchStatus(state.status, action.payload);
      });
  },
  selectors: {
    selectReportBatch: (state) => state.status,
  },
});

export const { batchProgressReceived, batchDismissed } = reportBatchSlice.actions;
export const { selectReportBatch } = reportBatchSlice.selectors;

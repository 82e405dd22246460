import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice, isAnyOf } from '@reduxjs/toolkit';
import type { SyncStatus } from '../../../shared/api';
import { sessionApi } from './endpoints/session';
import { syncApi } from './endpoints/sync';

export interface SyncState {
  /** Null until the first status arrives. */
  status: SyncStatus | null;
}

const initialState: SyncState = { status: null };

/** Every call that answers with the engine's status. */
const answersWithStatus = isAnyOf(
  syncApi.endpoints.syncStatus.matchFulfilled,
  syncApi.endpoints.syncNow.matchFulfilled,
  syncApi.endpoints.syncResync.matchFulfilled,
  syncApi.endpoints.retryParked.matchFulfilled,
  syncApi.endpoints.discardParked.matchFulfilled,
  syncApi.endpoints.resolveConflict.matchFulfilled,
);

/** The sync engine's status, from `sync:status` events and every call answering with it. */
export const syncSlice = createSlice({
  name: 'sync',
  initialState,
  reducers: {
    syncStatusReceived(state, action: PayloadAction<SyncStatus>) {
      state.status = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addMatcher(answersWithStatus, (state, action) => {
        state.status = action.payload;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.status = null;
      });
  },
  selectors: {
    selectSyncStatus: (state) => state.status,
  },
});

export const { syncStatusReceived } = syncSlice.actions;
export const { selectSyncStatus } = syncSlice.selectors;

import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import type { SyncStatus } from '../../../shared/api';
import { api } from './api';

export interface SyncState {
  /** Null until the first status arrives. */
  status: SyncStatus | null;
}

const initialState: SyncState = { status: null };

/** The sync engine's status, from `sync:status` events and the sync.status / sync.now answers. */
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
      .addMatcher(api.endpoints.syncStatus.matchFulfilled, (state, action) => {
        state.status = action.payload;
      })
      .addMatcher(api.endpoints.syncNow.matchFulfilled, (state, action) => {
        state.status = action.payload;
      })
      .addMatcher(api.endpoints.logout.matchFulfilled, (state) => {
        state.status = null;
      });
  },
  selectors: {
    selectSyncStatus: (state) => state.status,
  },
});

export const { syncStatusReceived } = syncSlice.actions;
export const { selectSyncStatus } = syncSlice.selectors;

import { createSlice } from '@reduxjs/toolkit';
import { sessionApi } from './endpoints/session';

export interface NoticeState {
  /** The RM closed the "local copy rebuilt" notice of this sign-in. */
  cacheRebuiltDismissed: boolean;
}

const initialState: NoticeState = { cacheRebuiltDismissed: false };

/** One-off notices the RM has closed; they stay closed across lock and unlock, not across sign-ins. */
export const noticeSlice = createSlice({
  name: 'notice',
  initialState,
  reducers: {
    cacheRebuiltDismissed(state) {
      state.cacheRebuiltDismissed = true;
    },
  },
  extraReducers: (builder) => {
    builder.addMatcher(sessionApi.endpoints.login.matchFulfilled, (state) => {
      state.cacheRebuiltDismissed = false;
    });
  },
  selectors: {
    selectCacheRebuiltDismissed: (state) => state.cacheRebuiltDismissed,
  },
});

export const { cacheRebuiltDismissed } = noticeSlice.actions;
export const { selectCacheRebuiltDismissed } = noticeSlice.selectors;

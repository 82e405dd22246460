import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice, isRejectedWithValue } from '@reduxjs/toolkit';
import type { SessionInfo } from '../../../shared/api';
import { asApiError } from '../api/errors';
import { sessionApi } from './endpoints/session';

export interface SessionState {
  /** False until the host has told us whether someone is signed in. */
  known: boolean;
  info: SessionInfo | null;
}

const initialState: SessionState = { known: false, info: null };

/** Any call the host refused with `LOCKED`: the session locked itself before we heard of it. */
function isLockedRejection(action: unknown): boolean {
  return isRejectedWithValue(action) && asApiError(action.payload)?.code === 'LOCKED';
}

/**
 * Who is signed in and whether the session is locked, from `session.current`, login, unlock and
 * logout results, `session:changed` / `session:locked` events and any call failing with `LOCKED`.
 * The boot screen and the layout read this, never the queries directly, so every source agrees.
 */
export const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    sessionChanged(state, action: PayloadAction<SessionInfo | null>) {
      state.known = true;
      state.info = action.payload;
    },
    sessionLockChanged(state, action: PayloadAction<boolean>) {
      if (state.info) state.info.locked = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addMatcher(sessionApi.endpoints.currentSession.matchFulfilled, (state, action) => {
        state.known = true;
        state.info = action.payload;
      })
      .addMatcher(sessionApi.endpoints.login.matchFulfilled, (state, action) => {
        state.known = true;
        state.info = action.payload;
      })
      .addMatcher(sessionApi.endpoints.unlock.matchFulfilled, (state, action) => {
        state.known = true;
        state.info = action.payload;
      })
      .addMatcher(sessionApi.endpoints.lock.matchFulfilled, (state) => {
        if (state.info) state.info.locked = true;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.known = true;
        state.info = null;
      })
      .addMatcher(isLockedRejection, (state) => {
        if (state.info) state.info.locked = true;
      });
  },
  selectors: {
    selectSessionKnown: (state) => state.known,
    selectSession: (state) => state.info,
    selectAdvisor: (state) => state.info?.advisor ?? null,
    selectLocked: (state) => state.info?.locked ?? false,
  },
});

export const { sessionChanged, sessionLockChanged } = sessionSlice.actions;
export const { selectSessionKnown, selectSession, selectAdvisor, selectLocked } = sessionSlice.selectors;

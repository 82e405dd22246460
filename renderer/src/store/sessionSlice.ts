import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import type { SessionInfo } from '../../../shared/api';
import { api } from './api';

export interface SessionState {
  /** False until the host has told us whether someone is signed in. */
  known: boolean;
  info: SessionInfo | null;
}

const initialState: SessionState = { known: false, info: null };

/**
 * Who is signed in, from `session.current`, login and logout results and `session:changed` events.
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
  },
  extraReducers: (builder) => {
    builder
      .addMatcher(api.endpoints.currentSession.matchFulfilled, (state, action) => {
        state.known = true;
        state.info = action.payload;
      })
      .addMatcher(api.endpoints.login.matchFulfilled, (state, action) => {
        state.known = true;
        state.info = action.payload;
      })
      .addMatcher(api.endpoints.logout.matchFulfilled, (state) => {
        state.known = true;
        state.info = null;
      });
  },
  selectors: {
    selectSessionKnown: (state) => state.known,
    selectSession: (state) => state.info,
    selectAdvisor: (state) => state.info?.advisor ?? null,
  },
});

export const { sessionChanged } = sessionSlice.actions;
export const { selectSessionKnown, selectSession, selectAdvisor } = sessionSlice.selectors;

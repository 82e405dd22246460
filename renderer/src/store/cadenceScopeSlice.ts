import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

/** The year and the day the 12-4-2-1 dashboard looks at (`YYYY-MM-DD`, China time). */
export interface CadenceScopeChoice {
  year: number;
  asOf: string;
}

export interface CadenceScopeState {
  /** The RM's choice, or null for "this year, as of today" (which moves with the clock). */
  chosen: CadenceScopeChoice | null;
}

const initialState: CadenceScopeState = { chosen: null };

/**
 * The dashboard's year and as-of day, kept in memory so a trip to the roster and back lands on
 * the same view. Never persisted; forgotten when someone signs in or out.
 */
export const cadenceScopeSlice = createSlice({
  name: 'cadenceScope',
  initialState,
  reducers: {
    cadenceScopeChosen(state, action: PayloadAction<CadenceScopeChoice | null>) {
      state.chosen = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) state.chosen = null;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.chosen = null;
      })
      .addMatcher(sessionApi.endpoints.login.matchFulfilled, (state) => {
        state.chosen = null;
      });
  },
  selectors: {
    selectCadenceScopeChoice: (state) => state.chosen,
  },
});

export const { cadenceScopeChosen } = cadenceScopeSlice.actions;
export const { selectCadenceScopeChoice } = cadenceScopeSlice.selectors;

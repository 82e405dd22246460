import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import type { CadenceFilter } from '../../../shared/api';
import { api } from './api';
import { sessionChanged } from './sessionSlice';

export interface RosterCadenceState {
  /** The 12-4-2-1 filter the dashboard opened the roster with (shown as a closable chip), or null. */
  fromDashboard: CadenceFilter | null;
}

const initialState: RosterCadenceState = { fromDashboard: null };

/**
 * The roster's filter from a click on the 12-4-2-1 dashboard. Unlike the roster's own filters it
 * lives in memory only, so a restart does not bring back a view of some past day.
 */
export const rosterCadenceSlice = createSlice({
  name: 'rosterCadence',
  initialState,
  reducers: {
    rosterCadenceFiltered(state, action: PayloadAction<CadenceFilter>) {
      state.fromDashboard = action.payload;
    },
    rosterCadenceCleared(state) {
      state.fromDashboard = null;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) state.fromDashboard = null;
      })
      .addMatcher(api.endpoints.logout.matchFulfilled, (state) => {
        state.fromDashboard = null;
      })
      .addMatcher(api.endpoints.login.matchFulfilled, (state) => {
        state.fromDashboard = null;
      });
  },
  selectors: {
    selectRosterCadenceFromDashboard: (state) => state.fromDashboard,
  },
});

export const { rosterCadenceFiltered, rosterCadenceCleared } = rosterCadenceSlice.actions;
export const { selectRosterCadenceFromDashboard } = rosterCadenceSlice.selectors;

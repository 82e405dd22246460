import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice, isAnyOf } from '@reduxjs/toolkit';
import type { CadenceFilter } from '../../../shared/api';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

export interface RosterCadenceState {
  /** The 12-4-2-1 filter the dashboard opened the roster with (shown as a closable chip), or null. */
  fromDashboard: CadenceFilter | null;
  /**
   * The dashboard has just opened the roster: the roster lets its own filters go (the sort
   * stays), so it lists exactly the clients behind the figure, and says so with `rosterCadenceTaken`.
   */
  ownFiltersToGo: boolean;
}

const initialState: RosterCadenceState = { fromDashboard: null, ownFiltersToGo: false };

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
      state.ownFiltersToGo = true;
    },
    rosterCadenceTaken(state) {
      state.ownFiltersToGo = false;
    },
    rosterCadenceCleared(state) {
      state.fromDashboard = null;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) return initialState;
        return state;
      })
      .addMatcher(isAnyOf(sessionApi.endpoints.logout.matchFulfilled, sessionApi.endpoints.login.matchFulfilled), () => initialState);
  },
  selectors: {
    selectRosterCadenceFromDashboard: (state) => state.fromDashboard,
    selectRosterOwnFiltersToGo: (state) => state.ownFiltersToGo,
  },
});

export const { rosterCadenceFiltered, rosterCadenceTaken, rosterCadenceCleared } = rosterCadenceSlice.actions;
export const { selectRosterCadenceFromDashboard, selectRosterOwnFiltersToGo } = rosterCadenceSlice.selectors;

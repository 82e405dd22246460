import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

export interface RosterSelectionState {
  /** Client ids ticked in the roster, in roster order: the batch report produces them in this order. */
  clientIds: string[];
}

const initialState: RosterSelectionState = { clientIds: [] };

/**
 * Ids ticked, in the order the roster shows them (`rosterOrder`: the rows loaded now); ticked ids
 * the roster no longer shows (another filter) keep their place after those.
 */
export function inRosterOrder(selected: readonly string[], rosterOrder: readonly string[]): string[] {
  const wanted = new Set(selected);
  const shown = rosterOrder.filter((id) => wanted.has(id));
  const shownSet = new Set(shown);
  return [...shown, ...selected.filter((id) => !shownSet.has(id))];
}

/** The roster's ticked clients, for a batch of reports. Memory only; gone with the session. */
export const rosterSelectionSlice = createSlice({
  name: 'rosterSelection',
  initialState,
  reducers: {
    rosterSelectionChanged(state, action: PayloadAction<string[]>) {
      state.clientIds = action.payload;
    },
    rosterSelectionCleared(state) {
      state.clientIds = [];
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) state.clientIds = [];
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.clientIds = [];
      })
      .addMatcher(sessionApi.endpoints.login.matchFulfilled, (state) => {
        state.clientIds = [];
      });
  },
  selectors: {
    selectRosterSelection: (state) => state.clientIds,
  },
});

export const { rosterSelectionChanged, rosterSelectionCleared } = rosterSelectionSlice.actions;
export const { selectRosterSelection } = rosterSelectionSlice.selectors;

import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

export interface DrawerState {
  /** The client whose drawer is open, from any page (roster row, sync lists). */
  clientId: string | null;
}

const initialState: DrawerState = { clientId: null };

/** Which client drawer is open. Only the id is kept; the data lives in the query cache. */
export const drawerSlice = createSlice({
  name: 'drawer',
  initialState,
  reducers: {
    clientDrawerOpened(state, action: PayloadAction<string>) {
      state.clientId = action.payload;
    },
    clientDrawerClosed(state) {
      state.clientId = null;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) state.clientId = null;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, (state) => {
        state.clientId = null;
      })
      .addMatcher(sessionApi.endpoints.login.matchFulfilled, (state) => {
        state.clientId = null;
      });
  },
  selectors: {
    selectOpenClientId: (state) => state.clientId,
  },
});

export const { clientDrawerOpened, clientDrawerClosed } = drawerSlice.actions;
export const { selectOpenClientId } = drawerSlice.selectors;

import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';

export interface CoreState {
  /** The host's core stopped on its own and is being started again (正在恢复). */
  recovering: boolean;
}

const initialState: CoreState = { recovering: false };

/** Whether the desk's core is recovering, from the host's `core:status`. */
export const coreSlice = createSlice({
  name: 'core',
  initialState,
  reducers: {
    coreStatusReceived(state, action: PayloadAction<'recovering' | 'ready'>) {
      state.recovering = action.payload === 'recovering';
    },
  },
  selectors: {
    selectCoreRecovering: (state) => state.recovering,
  },
});

export const { coreStatusReceived } = coreSlice.actions;
export const { selectCoreRecovering } = coreSlice.selectors;

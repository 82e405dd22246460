import { combineSlices, configureStore } from '@reduxjs/toolkit';
import type { ApiClient } from '../../../shared/api';
import type { StoreExtra } from './api';
import { api } from './api';
import { cadenceScopeSlice } from './cadenceScopeSlice';
import { chatSlice } from './chatSlice';
import { coreSlice } from './coreSlice';
import { drawerSlice } from './drawerSlice';
import { noticeSlice } from './noticeSlice';
import { reportBatchSlice } from './reportBatchSlice';
import { rosterCadenceSlice } from './rosterCadenceSlice';
import { rosterSelectionSlice } from './rosterSelectionSlice';
import { sessionSlice } from './sessionSlice';
import { syncSlice } from './syncSlice';

const rootReducer = combineSlices(api, sessionSlice, syncSlice, drawerSlice, noticeSlice, cadenceScopeSlice, rosterCadenceSlice, rosterSelectionSlice, reportBatchSlice, chatSlice, coreSlice);

export function createStore(client: ApiClient) {
  const extra: StoreExtra = { client };
  return configureStore({
    reducer: rootReducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware({ thunk: { extraArgument: extra } }).concat(api.middleware),
  });
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<typeof rootReducer>;
export type AppDispatch = AppStore['dispatch'];

import { configureStore } from '@reduxjs/toolkit';
import { describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../../shared/api';
import { featureMethods } from '../../../../shared/api';

/** An argument every endpoint can take: each reads only what its method needs. */
const ANY_ARG = { advisorId: 'adv-1', clientId: 'c-1', id: 'x-1', query: 'q', year: 2026, asOf: '2026-03-15', dailyCap: 4, batchId: 'b-1', sort: { field: 'aum', order: 'desc' }, filter: {} };

/** Each contract feature's endpoints file (a feature without one fails to compile here). */
const FEATURE_FILES: Record<Feature, () => Promise<unknown>> = {
  app: () => import('./app'),
  session: () => import('./session'),
  sync: () => import('./sync'),
  clients: () => import('./clients'),
  interactions: () => import('./interactions'),
  cadence: () => import('./cadence'),
  reports: () => import('./reports'),
  chat: () => import('./chat'),
};

/** The contract methods the endpoints of one feature file call, with that file alone loaded. */
async function methodsCalledBy(feature: Feature): Promise<Set<string>> {
  vi.resetModules();
  const { api } = await import('../api');
  await FEATURE_FILES[feature]();
  const called = new Set<string>();
  const client = new Proxy({}, { get: (_target, method) => async () => (called.add(String(method)), null) });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (getDefault) => getDefault({ thunk: { extraArgument: { client } }, serializableCheck: false }).concat(api.middleware),
  });
  const endpoints = api.endpoints as Record<string, { initiate: (arg: unknown, options?: object) => unknown }>;
  for (const endpoint of Object.values(endpoints)) {
    const started = store.dispatch(endpoint.initiate(ANY_ARG, { track: false }) as never) as { unwrap?: () => Promise<unknown>; unsubscribe?: () => void };
    await Promise.resolve(started.unwrap?.()).catch(() => undefined);
    started.unsubscribe?.();
  }
  return called;
}

describe('endpoints by feature', () => {
  it('has one file per contract feature, calling exactly that feature’s methods', async () => {
    for (const feature of Object.keys(featureMethods) as Feature[]) {
      const called = await methodsCalledBy(feature);
      expect([...called].sort(), feature).toEqual(Object.keys(featureMethods[feature]).sort());
    }
  });
});

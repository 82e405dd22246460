import { contextBridge, ipcRenderer } from 'electron';
import type { ApiTransport } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/envelope';
import { AppError } from '../../shared/api/envelope';
import { isEventName, isMethodName } from '../../shared/api/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './appOrigin';

/**
 * The renderer's only door: `window.advisorDesk = { invoke, on }`, with method and event names
 * checked against the contract. Raw ipcRenderer is never exposed.
 */
const advisorDesk: ApiTransport = {
  invoke(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: new AppError('request.unknown_method').toApiError() });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<ApiResult<unknown>>;
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event).slice(0, 64)}`);
    const forward = (_e: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('advisorDesk', advisorDesk);

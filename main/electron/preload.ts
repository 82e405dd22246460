import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../../shared/api/envelope';
import { CORE_PORT_CHANNEL, EVENT_CHANNEL, HOST_METHODS, INVOKE_CHANNEL } from './appOrigin';
import { createPortTransport } from './portTransport';

/**
 * The renderer's only door: `window.advisorDesk = { invoke, on }`, with method and event names
 * checked against the contract. Calls and events go over this window's MessagePort straight to
 * the core's process; main answers printing and sends the supervisor's events. Raw ipcRenderer
 * and the port itself are never exposed.
 */
const core = createPortTransport({
  methods: HOST_METHODS,
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<ApiResult<unknown>>,
});
ipcRenderer.on(CORE_PORT_CHANNEL, (event) => {
  const port = event.ports[0];
  if (port) core.usePort(port);
});
ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => core.hostEvent(name, payload));
ipcRenderer.send(CORE_PORT_CHANNEL);

contextBridge.exposeInMainWorld('advisorDesk', core.transport);

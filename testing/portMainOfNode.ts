import type { MessagePort } from 'node:worker_threads';
import type { PortMainLike } from '../main/core/port/utilityEntry';

/** Node's MessagePort dressed as Electron's MessagePortMain, which gives listeners `{ data }` events. */
export function portMainOfNode(port: MessagePort): PortMainLike {
  const wrapped = new Map<(event: { data: unknown }) => void, (data: unknown) => void>();
  return {
    on: (_event, listener) => {
      const inner = (data: unknown) => listener({ data });
      wrapped.set(listener, inner);
      port.on('message', inner);
    },
    off: (_event, listener) => {
      const inner = wrapped.get(listener);
      if (inner) port.off('message', inner);
    },
    postMessage: (message) => port.postMessage(message),
    start: () => port.start(),
  };
}

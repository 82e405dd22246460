import type { MessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { bootForPort } from '../main/boot/bootForPort';
import type { ParentPortLike } from '../main/core/port/utilityEntry';
import { runUtilityCore } from '../main/core/port/utilityEntry';
import { portMainOfNode } from './portMainOfNode';

/**
 * Electron's utility process for the core, played by a worker thread so the Electron layout runs
 * here: the same entry (runUtilityCore with the real boot). A thread's parent port stands in for
 * `process.parentPort`; a window's port travels inside the message (Node's transfer) and is
 * handed on the way Electron hands it, in `ports`, with Electron's `{ data }` events.
 */
const thread = parentPort;
if (!thread) throw new Error('testing/utilityProcessInWorker runs as a worker thread only');


const parent: ParentPortLike = {
  on: (_event, listener) =>
    thread.on('message', (message: { kind?: unknown; port?: MessagePort }) => {
      if (message.kind === 'window' && message.port) listener({ data: { kind: 'window' }, ports: [portMainOfNode(message.port)] });
      else listener({ data: message, ports: [] });
    }),
  postMessage: (message) => thread.postMessage(message),
};

runUtilityCore(parent, bootForPort);

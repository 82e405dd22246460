import { parentPort, workerData } from 'node:worker_threads';
import { errorKind, log } from '../core/log';
import { coreBootDataSchema } from '../core/port/coreBootData';
import type { MessageLink } from '../core/port/protocol';
import { serveCore } from '../core/port/serveCore';
import { bootForPort } from './bootForPort';

/**
 * The core in a worker thread (the web host's layout; Electron runs the same boot in a utility
 * process): boot, then serve the port protocol on the thread's parent port. A boot that fails says
 * why (`failed`) and ends the thread, so the host does not start it again in a loop.
 */
const port = parentPort;
if (!port) throw new Error('main/boot/coreWorker runs as a worker thread only');
const link: MessageLink = {
  post: (message) => port.postMessage(message),
  onMessage: (listener) => {
    port.on('message', listener);
    return () => port.off('message', listener);
  },
};

bootForPort(coreBootDataSchema.parse(workerData), (session) => link.post({ kind: 'resumable', session })).then(
  (booted) => {
    serveCore(link, booted.core, () => booted.close());
    link.post({ kind: 'ready', backendUrl: booted.backendUrl, demo: booted.demo });
  },
  (error: unknown) => {
    log.error('core_worker.boot_failed', { kind: errorKind(error) });
    link.post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    port.close();
  },
);

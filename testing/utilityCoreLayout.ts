import { MessageChannel, Worker } from 'node:worker_threads';
import type { CoreBootData } from '../main/core/port/coreBootData';
import type { CoreProcess } from '../main/core/port/supervisedCore';
import { coreInThread } from '../main/core/port/workerCore';
import type { PortTransport, WindowPort } from '../main/electron/portTransport';
import type { PortOpener, PortedWindow } from '../main/electron/windowPorts';

/** Where Vitest's global set-up puts the bundled stand-in for the utility process (testing/utilityProcessInWorker.ts). */
export const UTILITY_CORE_TEST_ENV = 'ADVISOR_DESK_UTILITY_CORE_TEST';

/** A window as main sees it, with its preload's transport. */
export interface TestWindow extends PortedWindow {
  preload: PortTransport;
}

/**
 * What main/electron/utilityCore.ts does with Electron's utilityProcess and MessageChannelMain,
 * done with a worker thread and Node's MessageChannel: boot data first, the host's protocol on
 * the thread's port, and for each window a channel with one end to the core and the other to the
 * window's preload.
 */
export function spawnUtilityCoreInWorker(bootData: CoreBootData): CoreProcess & PortOpener<TestWindow> {
  const file = process.env[UTILITY_CORE_TEST_ENV];
  if (!file) throw new Error(`${UTILITY_CORE_TEST_ENV} is not set: run through Vitest's global set-up.`);
  const worker = new Worker(file);
  worker.postMessage({ kind: 'boot', data: bootData });
  return {
    ...coreInThread(worker),
    connect(window) {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ kind: 'window', port: port1 }, [port1]);
      window.preload.usePort(port2 as unknown as WindowPort);
    },
  };
}

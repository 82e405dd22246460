import { Worker } from 'node:worker_threads';
import { bundledWorkerFile } from '../lifecycle/bundledWorker';
import type { CoreProcess } from './supervisedCore';

/** The bundle scripts/build.ts writes next to the web host's entry. */
export const CORE_WORKER_BUNDLE = 'coreWorker.cjs';
/** For runs from the TypeScript sources (tests): the bundled core worker to use. */
export const CORE_WORKER_ENV = 'ADVISOR_DESK_CORE_WORKER';

/** The core worker's file: beside this bundle, or the one tests built and named. */
export function coreWorkerFile(): string {
  const file = bundledWorkerFile(CORE_WORKER_BUNDLE, CORE_WORKER_ENV);
  if (file) return file;
  throw new Error(`The core worker (${CORE_WORKER_BUNDLE}) is missing: build the app (npm run build), or name one in ${CORE_WORKER_ENV}.`);
}

/** A core in a worker thread of this process, booted with `bootData` (main/boot/coreBootData.ts). */
export function spawnWorkerCore(bootData: unknown, file = coreWorkerFile()): CoreProcess {
  return coreInThread(new Worker(file, { workerData: bootData }));
}

/** A worker thread running a core, as the supervisor drives it. */
export function coreInThread(worker: Worker): CoreProcess {
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    // An uncaught error ends the thread too ('exit' follows): it is the supervisor's to restart.
    worker.on('error', () => undefined);
  });
  return {
    link: {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => {
        worker.on('message', listener);
        return () => worker.off('message', listener);
      },
    },
    exited,
    kill: () => void worker.terminate(),
  };
}

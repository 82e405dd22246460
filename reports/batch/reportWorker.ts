import { Worker } from 'node:worker_threads';
import type { ReportWorkerData, WorkerRequest } from './protocol';
import { reportWorkerFile } from './workerFile';

/** What one request to a report worker came to. */
export type WorkerAnswer<T> = { reply: T } | { broken: string } | { uncloneable: string };

/**
 * One report worker thread, started on first use and replaced when it dies or a request
 * overruns. One request at a time: the caller waits for each answer before the next. While it
 * waits for nothing the thread is unref'd, so a warm worker never keeps the process alive.
 */
export class ReportWorker {
  private worker: Worker | null = null;

  constructor(
    private readonly timeoutMs: number,
    private readonly workerFile: string | undefined,
    /** A batch's worker: it yields the CPU to the host and the core (see worker.ts). */
    private readonly background = false,
  ) {}

  ask<T>(message: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerAnswer<T>> {
    const worker = (this.worker ??= this.start());
    worker.ref();
    return new Promise((resolve) => {
      const finish = (answer: WorkerAnswer<T>) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if ('broken' in answer) {
          if (this.worker === worker) this.worker = null;
          void worker.terminate();
        } else worker.unref();
        resolve(answer);
      };
      const onMessage = (reply: T) => finish({ reply });
      const onError = (error: Error) => finish({ broken: `worker failed: ${error.name}` });
      const onExit = (code: number) => finish({ broken: `worker exited with code ${code}` });
      const timer = setTimeout(() => finish({ broken: `timed out after ${this.timeoutMs} ms` }), this.timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      try {
        worker.postMessage(message, transfer);
      } catch (error) {
        // A snapshot that cannot be cloned (functions, symbols) never reaches the worker.
        finish({ uncloneable: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  /** A new thread, which this forgets when it fails or ends, even while idle (the next request starts another). */
  private start(): Worker {
    const worker = start(this.workerFile, this.background);
    const forget = () => {
      if (this.worker === worker) this.worker = null;
    };
    worker.on('error', forget).on('exit', forget);
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

function start(workerFile: string | undefined, background: boolean): Worker {
  // Workers are threads of this process: cap each heap so a runaway report fails alone (ERR_WORKER_OUT_OF_MEMORY) instead of taking the desk down.
  return new Worker(workerFile ?? reportWorkerFile(), { resourceLimits: { maxOldGenerationSizeMb: 512 }, workerData: { background } satisfies ReportWorkerData });
}

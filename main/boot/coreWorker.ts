import { parentPort, workerData } from 'node:worker_threads';
import { fileKeyProvider } from '../core/keys/fileKeyProvider';
import type { KeyProvider } from '../core/keys/keyProvider';
import { errorKind, log } from '../core/log';
import { serveCore } from '../core/port/serveCore';
import type { MessageLink } from '../core/port/protocol';
import { bootCore } from './bootCore';
import { coreBootDataSchema } from '../core/port/coreBootData';

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

async function main(): Promise<void> {
  const data = coreBootDataSchema.parse(workerData);
  const keyProvider: KeyProvider =
    data.key.kind === 'raw'
      ? { source: 'host', getKey: ((key) => () => key)(Buffer.from(data.key.hex, 'hex')) }
      : fileKeyProvider({ file: data.key.file, envKey: data.key.envKey });
  const booted = await bootCore({
    dataDir: data.dataDir,
    env: process.env,
    keyProvider,
    appVersion: data.appVersion,
    nativeBinding: data.nativeBinding,
    onResumable: (session) => link.post({ kind: 'resumable', session }),
  });
  serveCore(link, booted.core, () => booted.close());
  link.post({ kind: 'ready', backendUrl: booted.backendUrl, demo: booted.demo });
}

main().catch((error: unknown) => {
  log.error('core_worker.boot_failed', { kind: errorKind(error) });
  link.post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
});

import type { WebContents } from 'electron';
import { MessageChannelMain, utilityProcess } from 'electron';
import type { CoreBootData } from '../core/port/coreBootData';
import type { CoreProcess } from '../core/port/supervisedCore';
import { CORE_PORT_CHANNEL } from './appOrigin';
import type { PortOpener } from './windowPorts';

/**
 * The core in Electron's utility process (main/electron/coreProcess.ts), started by the
 * supervisor: boot data first (the key raw, from safeStorage here in main), then the port
 * protocol on the process's own channel. Each window gets its own MessageChannel: one end to the
 * core, the other to the window's preload, so calls do not pass through the main process.
 */
export function spawnUtilityCore(file: string, bootData: CoreBootData): CoreProcess & PortOpener<WebContents> {
  const child = utilityProcess.fork(file, [], { serviceName: 'Advisor Desk core', stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.postMessage({ kind: 'boot', data: bootData });
  return {
    link: {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => {
        child.on('message', listener);
        return () => child.off('message', listener);
      },
    },
    exited,
    kill: () => void child.kill(),
    connect(contents) {
      const { port1, port2 } = new MessageChannelMain();
      child.postMessage({ kind: 'window' }, [port1]);
      contents.postMessage(CORE_PORT_CHANNEL, null, [port2]);
    },
  };
}

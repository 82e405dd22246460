import { z } from 'zod';
import type { Core } from '../core';
import type { ResumableSession } from '../session/sessionManager';
import { errorKind, log } from '../log';
import type { CoreBootData } from './coreBootData';
import { coreBootDataSchema } from './coreBootData';
import type { MessageLink } from './protocol';
import { serveCalls, serveCore } from './serveCore';

/** Electron's MessagePortMain, as far as the core uses it (a test passes a stand-in). */
export interface PortMainLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  off(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
}

/** Electron's `process.parentPort` in a utility process. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: PortMainLike[] }) => void): unknown;
  postMessage(message: unknown): void;
}

/** What the host sends besides the protocol: the boot data first, then a port for each window. */
const bootMessageSchema = z.object({ kind: z.literal('boot'), data: coreBootDataSchema }).strict();
const windowMessageSchema = z.object({ kind: z.literal('window') }).strict();

export interface BootedForPort {
  core: Core;
  backendUrl: string;
  demo: boolean;
  close(): Promise<void>;
}

type Boot = (data: CoreBootData, onResumable: (session: ResumableSession | null) => void) => Promise<BootedForPort>;

function linkOfPort(port: PortMainLike): MessageLink {
  port.start();
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => {
      const onMessage = (event: { data: unknown }) => listener(event.data);
      port.on('message', onMessage);
      return () => port.off('message', onMessage);
    },
  };
}

/**
 * The core in Electron's utility process: the first message boots it (with the raw database
 * key: safeStorage lives in the main process), the host's port protocol runs on the parent port,
 * and each window's MessagePort is served calls and events directly, so a call goes from the
 * renderer to the core without passing through the main process.
 */
export function runUtilityCore(parent: ParentPortLike, boot: Boot): void {
  const control = new Set<(message: unknown) => void>();
  const controlLink: MessageLink = {
    post: (message) => parent.postMessage(message),
    onMessage: (listener) => {
      control.add(listener);
      return () => control.delete(listener);
    },
  };
  let booting = false;
  let booted: BootedForPort | null = null;
  const waitingWindows: PortMainLike[] = [];

  parent.on('message', (event) => {
    const bootMessage = bootMessageSchema.safeParse(event.data);
    if (bootMessage.success) {
      // One boot per process: a second would open the same book twice.
      if (booting) return log.warn('core_process.boot_again', {});
      booting = true;
      const { data } = bootMessage.data;
      boot(data, (session) => parent.postMessage({ kind: 'resumable', session })).then(
        (ready) => {
          booted = ready;
          serveCore(controlLink, ready.core, () => ready.close());
          for (const port of waitingWindows.splice(0)) serveCalls(linkOfPort(port), ready.core);
          parent.postMessage({ kind: 'ready', backendUrl: ready.backendUrl, demo: ready.demo });
        },
        (error: unknown) => {
          log.error('core_process.boot_failed', { kind: errorKind(error) });
          parent.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
      return;
    }
    const port = event.ports[0];
    if (windowMessageSchema.safeParse(event.data).success && port) {
      if (booted) serveCalls(linkOfPort(port), booted.core);
      else waitingWindows.push(port);
      return;
    }
    for (const listener of control) listener(event.data);
  });
}

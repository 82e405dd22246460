import path from 'node:path';
import { DEMO_CREDENTIALS } from '../../backend/demo/credentials';
import { readHostConfig } from '../core/config/hostConfig';
import type { Core, CoreOptions } from '../core/core';
import { createCore } from '../core/core';
import type { KeyProvider } from '../core/keys/keyProvider';
import { log } from '../core/log';

export interface BootOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  keyProvider: KeyProvider;
  appVersion: string;
  nativeBinding?: string | undefined;
  /** A supervising host keeps the session's resume secret (main/core/port/). */
  onResumable?: CoreOptions['onResumable'];
}

export interface BootedCore {
  core: Core;
  /** The bank backend the core talks to, and whether it is the built-in demo one. */
  backendUrl: string;
  demo: boolean;
  close(): Promise<void>;
}

/**
 * What both hosts do at start: read the settings, and when no bank backend is configured start
 * the reference backend in this process on a free loopback port with demo data (kept in the
 * data folder, so a restart shows the same book), then build the core over it.
 */
export async function bootCore(options: BootOptions): Promise<BootedCore> {
  const config = readHostConfig(options.dataDir, options.env);
  // Loaded only in demo mode: the reference backend (its web server, the demo book's generator and
  // faker's data) is most of the core's bundle, and a bank's desk never runs it.
  const demoBackend = config.backendUrl
    ? null
    : await (await import('../../backend/start')).startBackend({
        dbPath: path.join(options.dataDir, 'demo-backend.sqlite'),
        host: '127.0.0.1',
        port: 0,
        demo: { clients: config.demoClients },
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      });
  const backendUrl = config.backendUrl ?? demoBackend?.url ?? '';
  log.info('boot.backend', { demo: demoBackend !== null });
  const core = createCore({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    backendUrl,
    appVersion: options.appVersion,
    demoCredentials: demoBackend ? DEMO_CREDENTIALS : null,
    nativeBinding: options.nativeBinding,
    syncIntervalMs: config.syncIntervalMs,
    autoLockMinutes: config.autoLockMinutes,
    onResumable: options.onResumable,
  });
  return {
    core,
    backendUrl,
    demo: demoBackend !== null,
    async close() {
      await core.close();
      await demoBackend?.close();
    },
  };
}

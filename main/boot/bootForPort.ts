import type { CoreBootData } from '../core/port/coreBootData';
import { fileKeyProvider } from '../core/keys/fileKeyProvider';
import type { KeyProvider } from '../core/keys/keyProvider';
import type { ResumableSession } from '../core/session/sessionManager';
import type { BootedCore } from './bootCore';
import { bootCore } from './bootCore';

/** The key as the host gave it: read from the web host's key file here, or raw from Electron's safeStorage. */
function keyProviderOf(key: CoreBootData['key']): KeyProvider {
  if (key.kind === 'file') return fileKeyProvider({ file: key.file, envKey: key.envKey });
  const raw = Buffer.from(key.hex, 'hex');
  return { source: 'host', getKey: () => raw };
}

/** The boot a core in its own thread or process does (main/boot/coreWorker.ts, main/electron/coreProcess.ts). */
export function bootForPort(data: CoreBootData, onResumable: (session: ResumableSession | null) => void): Promise<BootedCore> {
  return bootCore({
    dataDir: data.dataDir,
    env: process.env,
    keyProvider: keyProviderOf(data.key),
    appVersion: data.appVersion,
    nativeBinding: data.nativeBinding,
    onResumable,
  });
}

import path from 'node:path';
import { ensureElectronNative, installedElectronVersion } from './electronNative';

/** `npm run dist` step: the Electron build of SQLite's native module, for electron-builder to pack. */
const root = path.resolve(import.meta.dirname, '..');
ensureElectronNative(root, installedElectronVersion(root)).then(
  (file) => process.stdout.write(`SQLite for Electron: ${file}\n`),
  (error: unknown) => {
    process.stderr.write(`Could not build SQLite for Electron: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

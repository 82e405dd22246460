import fs from 'node:fs';
import path from 'node:path';

/**
 * SQLite's native module must match Electron's ABI, while tests run it under Node's. So the
 * Electron build of better_sqlite3.node lives apart from node_modules: in the package's
 * resources when packaged, in .cache/electron-native/<electron version>/ in a checkout
 * (made by scripts/electron-native.ts before `npm start` opens Electron).
 */
export function electronNativeBinding(options: { packaged: boolean; resourcesPath: string; repoRoot: string; electronVersion: string }): string {
  const file = options.packaged
    ? path.join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(options.repoRoot, '.cache', 'electron-native', options.electronVersion, 'better_sqlite3.node');
  if (!fs.existsSync(file)) throw new Error(`The SQLite module built for Electron ${options.electronVersion} is missing at ${file}.`);
  return file;
}

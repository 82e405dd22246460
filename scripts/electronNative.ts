import fs from 'node:fs';
import path from 'node:path';
import { rebuild } from '@electron/rebuild';

const MODULE = 'better-sqlite3-multiple-ciphers';

/**
 * Builds SQLite's native module for Electron's ABI into .cache/electron-native/<version>/,
 * from a copy of the package, so node_modules keeps the Node build the tests use
 * (ARCHITECTURE §7). @electron/rebuild takes a prebuilt binary when one can be downloaded and
 * compiles against Electron's headers otherwise. Also copied to .cache/electron-native/current/
 * for electron-builder to pack. Returns the path of the .node file.
 */
export async function ensureElectronNative(root: string, electronVersion: string): Promise<string> {
  const cacheDir = path.join(root, '.cache', 'electron-native');
  const out = path.join(cacheDir, electronVersion, 'better_sqlite3.node');
  if (!fs.existsSync(out)) {
    const work = path.join(cacheDir, electronVersion, 'work');
    fs.rmSync(work, { recursive: true, force: true });
    const source = path.join(root, 'node_modules', MODULE);
    const version = (JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version;
    fs.cpSync(source, path.join(work, 'node_modules', MODULE), {
      recursive: true,
      filter: (file) => !file.startsWith(path.join(source, 'build')),
    });
    fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'electron-native', version: '1.0.0', dependencies: { [MODULE]: version } }));
    await rebuild({ buildPath: work, electronVersion, onlyModules: [MODULE], force: true });
    fs.copyFileSync(path.join(work, 'node_modules', MODULE, 'build', 'Release', 'better_sqlite3.node'), out);
    fs.rmSync(work, { recursive: true, force: true });
  }
  const current = path.join(cacheDir, 'current', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(current), { recursive: true });
  fs.copyFileSync(out, current);
  return out;
}

export function installedElectronVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
}

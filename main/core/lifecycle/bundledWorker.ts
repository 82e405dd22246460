import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A worker bundle's file: the one scripts/build.ts wrote beside the running bundle (inside a
 * bundle in dist/ this module is part of it, so `import.meta.url` is that bundle's file), or, from
 * the TypeScript sources (tests, benches), the one named in `env`. Null when there is neither.
 */
export function bundledWorkerFile(bundle: string, env: string): string | null {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), bundle);
  if (fs.existsSync(beside)) return beside;
  const named = process.env[env];
  return named && fs.existsSync(named) ? named : null;
}

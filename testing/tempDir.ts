import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  dir: string;
  /** A path inside the folder. */
  file(name: string): string;
  cleanup(): void;
}

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export function makeTempDir(prefix: string): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `advisor-desk-${prefix}-`));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

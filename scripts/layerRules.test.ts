import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/tempDir';

/**
 * Proves the layer rules of ARCHITECTURE §1 bite: a scratch tree with the same folders and one
 * forbidden import per case is cruised with the project's own configuration.
 */
const root = path.resolve(import.meta.dirname, '..');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');
let scratch: { dir: string; cleanup: () => void };
let found: { from: string; rule: string }[];

function write(relative: string, text: string): void {
  const file = path.join(scratch.dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** One cruise over the whole scratch tree (a cruise takes about a second). */
function cruise(): { from: string; rule: string }[] {
  let output: string;
  try {
    output = execFileSync(depcruise, ['shared', 'main', 'renderer', 'backend', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
      cwd: scratch.dir,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(output) as { summary: { violations: { from: string; rule: { name: string } }[] } };
  return result.summary.violations.map((v) => ({ from: v.from, rule: v.rule.name }));
}

const violations = (entry: string) => found.filter((v) => v.from === entry).map((v) => v.rule);

beforeAll(() => {
  scratch = makeTempDir('layers');
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(scratch.dir, 'node_modules'));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true } }));
  write('shared/api/contract.ts', 'export const x = 1;\n');
  write('main/core/core.ts', 'export const core = 1;\n');
  write('main/electron/main.ts', "import 'electron';\nimport { core } from '../core/core';\nexport const m = core;\n");
  write('backend/start.ts', 'export const start = 1;\n');
  write('renderer/src/ok.ts', "import { x } from '../../shared/api/contract';\nexport const ok = x;\n");
  write('renderer/src/bad.ts', "import { core } from '../../main/core/core';\nexport const bad = core;\n");
  write('renderer/src/node.ts', "import fs from 'node:fs';\nexport const n = fs;\n");
  write('shared/bad.ts', "import path from 'node:path';\nimport { core } from '../main/core/core';\nexport const s = [path, core];\n");
  write('main/core/electronic.ts', "import { app } from 'electron';\nexport const e = app;\n");
  write('main/core/bank.ts', "import { start } from '../../backend/start';\nexport const b = start;\n");
  write('main/webhost/server.ts', "import { m } from '../electron/main';\nexport const w = m;\n");
  write('backend/server.ts', "import { core } from '../main/core/core';\nexport const s = core;\n");
  found = cruise();
});
afterAll(() => scratch.cleanup());

describe('layer rules', () => {
  it('let the allowed imports through', () => {
    expect(violations('renderer/src/ok.ts')).toEqual([]);
    expect(violations('main/electron/main.ts')).toEqual([]);
  });

  it.each([
    ['renderer/src/bad.ts', 'renderer-only-shared'],
    ['renderer/src/node.ts', 'renderer-no-node'],
    ['shared/bad.ts', 'shared-is-pure'],
    ['shared/bad.ts', 'shared-no-platform'],
    ['main/core/electronic.ts', 'only-the-shell-imports-electron'],
    ['main/core/bank.ts', 'backend-only-through-boot'],
    ['main/webhost/server.ts', 'webhost-not-electron'],
    ['backend/server.ts', 'backend-only-shared'],
  ])('fail %s with %s', (entry, rule) => {
    expect(violations(entry)).toContain(rule);
  });
});

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Figure } from './report';
import { printFigures } from './report';
import { SUITES } from './suites';

/**
 * `npm run bench`: every benchmark, each figure beside its baseline as a ratio. Timing targets
 * live here, never in unit tests. Figures are medians unless named otherwise. Each suite runs in
 * a process of its own, so one suite's heap and caches do not slow the next. Name suites on the
 * command line to run only those (`npm run bench -- sync`).
 */
const root = path.resolve(import.meta.dirname, '..');
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(SUITES);
process.stdout.write(`Advisor Desk benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const name of chosen) {
  const suite = SUITES[name];
  if (!suite) throw new Error(`Unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
  const output = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'runSuite.ts'), name], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  printFigures(suite.title, JSON.parse(output.trim().split('\n').at(-1) ?? '[]') as Figure[]);
}

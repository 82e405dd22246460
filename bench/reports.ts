import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createWarmRenderer } from '../reports/batch/warmRenderer';
import { makeTempDir } from '../testing/tempDir';
import { reportSnapshot } from '../testing/reportSnapshots';
import { buildReportWorker } from '../scripts/nodeBundles';
import { median } from './measure';
import type { Figure } from './report';

const BATCH = 200;
const root = path.resolve(import.meta.dirname, '..');
const RUNS = 9;

/**
 * Reports: one allocation report in the warm worker the core uses (median of 9 renders, after 2
 * warm-ups, asked from this thread and answered with the PDF) beside the plain
 * rendering (no charts, a built-in font: what is left is layout and PDF writing), then 200 annual
 * reports in 2 worker threads, wall time and the process's peak RSS (workers are threads of it),
 * beside the same batch plain. Snapshots are built lazily on this thread, as the core does. The
 * workers run the report worker bundled as it ships (not TypeScript through tsx), and each batch
 * runs in a process of its own, so one batch's memory does not count toward the other's peak.
 */
export async function benchReports(): Promise<Figure[]> {
  const snapshot = reportSnapshot();
  const temp = makeTempDir('bench-reports');
  try {
    const workerFile = await buildWorker();
    // As the core renders the RM's single report: in the warm worker, asked from this thread.
    const warm = createWarmRenderer({ workerFile });
    const single = await sampleAsync(() => warm.render(snapshot), RUNS);
    const plain = await sampleAsync(() => warm.render(snapshot, { plain: true }), RUNS);
    await warm.close();
    const full = batch(temp.file('full'), 'full', workerFile);
    const plainBatch = batch(temp.file('plain'), 'plain', workerFile);
    return [
      { name: 'one allocation report (median of 9)', value: median(single), unit: 'ms', baseline: median(plain), baselineName: 'plain: no charts, built-in font', goal: '≤ 120 ms and ≤ 1.5x' },
      { name: `${BATCH} annual reports, 2 workers`, value: full.seconds, unit: 's', baseline: plainBatch.seconds, baselineName: 'the same batch plain', goal: '≤ 25 s' },
      { name: 'peak RSS during the batch', value: full.peakMb, unit: 'MB', baseline: plainBatch.peakMb, baselineName: 'the same batch plain', goal: '≤ 500 MB' },
    ];
  } finally {
    temp.cleanup();
  }
}

async function sampleAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 2; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/** The report worker bundled as scripts/build.ts bundles it, inside the repo so that it finds node_modules. */
function buildWorker(): Promise<string> {
  return buildReportWorker(path.join(root, '.cache', 'bench', 'reportWorker.cjs'));
}

function batch(folder: string, mode: 'full' | 'plain', workerFile: string): { seconds: number; peakMb: number } {
  const output = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'reportBatchRun.ts'), String(BATCH), mode, folder, workerFile], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as { seconds: number; peakMb: number };
}

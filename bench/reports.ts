import { renderReportPdf } from '../reports/render';
import { runReportBatch } from '../reports/batch/pool';
import type { ReportJob } from '../reports/batch/protocol';
import { makeTempDir } from '../testing/tempDir';
import { reportSnapshot } from '../testing/reportSnapshots';
import { median } from './measure';
import type { Figure } from './report';

const BATCH = 200;
const RUNS = 9;

/**
 * Reports: one allocation report (median of 9 renders, after 2 warm-ups) beside the plain
 * rendering (no charts, a built-in font: what is left is layout and PDF writing), then 200 annual
 * reports in 2 worker threads, wall time and the process's peak RSS (workers are threads of it),
 * beside the same batch plain. Snapshots are built lazily on this thread, as the core does.
 */
export async function benchReports(): Promise<Figure[]> {
  const snapshot = reportSnapshot();
  const single = await sampleAsync(() => renderReportPdf(snapshot), RUNS);
  const plain = await sampleAsync(() => renderReportPdf(snapshot, { plain: true }), RUNS);
  const temp = makeTempDir('bench-reports');
  try {
    const full = await batch(temp.file('full'), false);
    const plainBatch = await batch(temp.file('plain'), true);
    return [
      { name: 'one allocation report (median of 9)', value: median(single), unit: 'ms', baseline: median(plain), baselineName: 'plain: no charts, built-in font', goal: '≤ 400 ms' },
      { name: `${BATCH} annual reports, 2 workers`, value: full.seconds, unit: 's', baseline: plainBatch.seconds, baselineName: 'the same batch plain', goal: '≤ 60 s' },
      { name: 'peak RSS during the batch', value: full.peakMb, unit: 'MB', baseline: plainBatch.peakMb, baselineName: 'the same batch plain', goal: '≤ 600 MB' },
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

async function batch(folder: string, plain: boolean): Promise<{ seconds: number; peakMb: number }> {
  function* jobs(): Generator<ReportJob> {
    for (let i = 0; i < BATCH; i++) yield { key: String(i), snapshot: reportSnapshot({ kind: 'annual_wealth', seed: i + 1 }), outPath: `${folder}/${i}.pdf`, plain };
  }
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  const { results } = await runReportBatch(jobs(), { workers: 2 });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) throw new Error(`bench batch: ${failed.length} reports failed, first: ${JSON.stringify(failed[0])}`);
  return { seconds, peakMb: peak / 1024 / 1024 };
}

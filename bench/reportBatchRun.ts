import { runReportBatch } from '../reports/batch/pool';
import type { ReportJob } from '../reports/batch/protocol';
import { reportSnapshot } from '../testing/reportSnapshots';

/**
 * One batch of annual reports in this process (bench/reports.ts runs each batch in a fresh one):
 * `tsx bench/reportBatchRun.ts <count> <full|plain> <folder> <worker bundle>`. Prints the wall time
 * and the process's peak RSS (worker threads included) as JSON.
 */
const [count, mode, folder, workerFile] = process.argv.slice(2) as [string, 'full' | 'plain', string, string];
function* jobs(): Generator<ReportJob> {
  for (let i = 0; i < Number(count); i++) {
    yield { key: String(i), snapshot: reportSnapshot({ kind: 'annual_wealth', seed: i + 1 }), outPath: `${folder}/${i}.pdf`, plain: mode === 'plain' };
  }
}
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const start = performance.now();
const { results } = await runReportBatch(jobs(), { workers: 2, workerFile });
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) throw new Error(`bench batch: ${failed.length} reports failed, first: ${JSON.stringify(failed[0])}`);
process.stdout.write(`${JSON.stringify({ seconds, peakMb: peak / 1024 / 1024 })}\n`);

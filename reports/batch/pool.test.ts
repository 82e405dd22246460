import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/tempDir';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { runReportBatch } from './pool';
import type { ReportJob } from './protocol';

const temp = makeTempDir('report-batch');
afterAll(() => temp.cleanup());

/** 20 jobs built lazily, the 8th not a snapshot. */
function* jobs(folder: string): Generator<ReportJob> {
  for (let i = 0; i < 20; i++) {
    yield { key: `client-${i}`, snapshot: i === 7 ? { ...reportSnapshot({ seed: i }), holdings: 'none' } : reportSnapshot({ kind: 'annual_wealth', seed: i + 1 }), outPath: temp.file(`${folder}/${i}.pdf`) };
  }
}

describe('report batch in worker threads', () => {
  it('produces 19 reports and reports the one failure', async () => {
    const progress: number[] = [];
    const { results, cancelled } = await runReportBatch(jobs('all'), { workers: 2, onProgress: (p) => progress.push(p.done) });
    expect(cancelled).toBe(false);
    expect(results).toHaveLength(20);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const failures = results.filter((r) => !r.ok);
    expect(failures).toEqual([{ key: 'client-7', ok: false, failure: 'invalid', detail: expect.stringMatching(/^holdings/) }]);
    for (const r of results.filter((r) => r.ok)) {
      expect(fs.readFileSync(r.path).subarray(0, 5).toString()).toBe('%PDF-');
      expect(r.pages).toBeGreaterThan(1);
    }
  }, 120_000);

  it('stops taking jobs when cancelled: what was started finishes, nothing half-written is left', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* counted() {
      for (const job of jobs('cancel')) {
        pulled += 1;
        yield job;
      }
    }
    const { results, cancelled } = await runReportBatch(counted(), {
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 10) controller.abort();
      },
    });
    expect(cancelled).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.length).toBeLessThan(20);
    expect(results.length).toBe(pulled); // every job taken was finished and reported
    expect(results.filter((r) => !r.ok).map((r) => r.key)).toEqual(['client-7']);
    const written = fs.readdirSync(temp.file('cancel'));
    expect(written.filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(written).toHaveLength(results.filter((r) => r.ok).length);
  }, 120_000);
});

import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/tempDir';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { ReportInputError } from '../errors';
import { renderReportPdf } from '../render';
import { createWarmRenderer } from './warmRenderer';
import { reportWorkerFile } from './workerFile';

const temp = makeTempDir('warm-renderer');
afterAll(() => temp.cleanup());

describe('the warm worker of single reports', () => {
  it('gives the same PDF as rendering here, report after report, and refuses a bad snapshot with its reason', async () => {
    const renderer = createWarmRenderer();
    try {
      const snapshots = [reportSnapshot({ seed: 1 }), reportSnapshot({ kind: 'annual_wealth', seed: 2 })];
      const [first, second] = await Promise.all(snapshots.map((s) => renderer.render(s)));
      for (const [i, rendered] of [first!, second!].entries()) {
        const here = await renderReportPdf(snapshots[i]);
        expect(rendered.sha256).toBe(here.sha256);
        expect(rendered.pages).toBe(here.pages);
        expect(Buffer.compare(rendered.pdf, here.pdf)).toBe(0);
      }
      const refused = await renderer.render({ ...reportSnapshot(), holdings: 'none' }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ReportInputError);
      expect((refused as ReportInputError).reason).toBe('invalid');
      // The worker is still there for the next one.
      expect((await renderer.render(snapshots[0])).sha256).toBe(first!.sha256);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it("gives the same bytes whatever the thread rendered before: one report's characters never reach the next one's text", async () => {
    // Glyphs shared by several characters (・ U+30FB and · U+00B7, no-break and plain space, U+2011 and -).
    const base = reportSnapshot({ seed: 3 });
    const before = { ...base, client: { ...base.client, name: '约翰・史密斯' }, notes: `要点\u00a0一•二\u2011三` };
    const report = reportSnapshot({ seed: 4 });
    const fresh = createWarmRenderer();
    const used = createWarmRenderer();
    try {
      const alone = await fresh.render(report);
      await used.render(before);
      expect((await used.render(report)).sha256).toBe(alone.sha256);
    } finally {
      await Promise.all([fresh.close(), used.close()]);
    }
  }, 60_000);

  it('replaces a worker that died: that report fails, the next is rendered', async () => {
    // A worker that dies the first time it starts, and is the real one afterwards.
    const marker = temp.file('died-once');
    const flaky = temp.file('flaky-worker.cjs');
    fs.writeFileSync(
      flaky,
      `const fs = require('node:fs');\nif (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }\nrequire(${JSON.stringify(reportWorkerFile())});\n`,
    );
    const renderer = createWarmRenderer({ workerFile: flaky });
    try {
      await expect(renderer.render(reportSnapshot())).rejects.toThrow(/worker exited with code 3/);
      const rendered = await renderer.render(reportSnapshot());
      expect(rendered.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await renderer.close();
    }
    // Closed, it starts no thread again: what is asked after (or was queued) fails at once.
    await expect(renderer.render(reportSnapshot())).rejects.toThrow(/closed/);
  }, 60_000);
});

import type { WarmRenderer } from '../../../reports/batch/warmRenderer';
import type { ReportRendering } from './reportRendering';

/**
 * Rendering with `reports/`, never on the core's thread: the RM's single reports in one warm
 * worker thread kept from the first report until the core closes (pdfmake, ECharts and the font
 * loaded once), batches in `workers` worker threads of their own. Both load on first use, so
 * starting the app and signing in pay for none of it.
 */
export function createReportRendering(options: { workers?: number } = {}): ReportRendering {
  let warm: Promise<WarmRenderer> | null = null;
  return {
    async render(snapshot) {
      warm ??= import('../../../reports/batch/warmRenderer').then(
        ({ createWarmRenderer }) => createWarmRenderer(),
        (error: unknown) => {
          warm = null; // tried again with the next report
          throw error;
        },
      );
      return (await warm).render(snapshot);
    },
    async close() {
      await (await warm)?.close();
    },
    async batch({ next, signal, onResult }) {
      const { runReportBatch } = await import('../../../reports/batch/pool');
      // The pool pulls the next job only when a worker is free, so snapshots are built as they are needed.
      function* jobs() {
        for (let job = next(); job !== null; job = next()) yield job;
      }
      await runReportBatch(jobs(), { workers: options.workers ?? 2, signal, onProgress: ({ last }) => onResult(last) });
    },
    async mergePrintQueue(files, outPath) {
      const { mergePrintQueue } = await import('../../../reports/batch/printQueue');
      return mergePrintQueue(files, outPath);
    },
  };
}

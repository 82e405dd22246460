import type { ReportRendering } from './reportRendering';

/**
 * Rendering with `reports/`: loaded on first use, so starting the app and signing in do not pay
 * for pdfmake, ECharts and the font. Batches run in `workers` worker threads.
 */
export function createReportRendering(options: { workers?: number } = {}): ReportRendering {
  return {
    async render(snapshot) {
      const { renderReportPdf } = await import('../../../reports/render');
      return renderReportPdf(snapshot);
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

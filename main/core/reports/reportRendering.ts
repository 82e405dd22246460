import type { ReportJob, ReportJobResult } from '../../../reports/batch/protocol';
import type { RenderedReport } from '../../../reports/render';
import type { ReportSnapshot } from '../../../reports/snapshot';

/** A batch job as the core makes it: a snapshot it built from the book. */
export type BatchJob = ReportJob & { snapshot: ReportSnapshot };

/**
 * How the core turns snapshots into PDFs: one at a time for the RM's single report, and in
 * worker threads for a batch. The default is `reports/` (defaultRendering.ts).
 */
export interface ReportRendering {
  render(snapshot: ReportSnapshot): Promise<RenderedReport>;
  batch(options: { next: () => BatchJob | null; signal: AbortSignal; onResult: (result: ReportJobResult) => void }): Promise<void>;
  /** One PDF of the given ones, in order (a batch's print queue). */
  mergePrintQueue(files: readonly string[], outPath: string): Promise<{ pages: number }>;
  /** Ends what rendering keeps running (the warm worker); the core calls it last when it closes. */
  close(): Promise<void>;
}

/** What the core calls: render one report, or a batch in worker threads. */
export { renderReportPdf } from './render';
export type { RenderOptions, RenderedReport } from './render';
export { ReportInputError } from './errors';
export type { ReportInputReason } from './errors';
export { parseSnapshot, REPORT_LIMITS } from './validate';
export { reportSnapshotSchema, SNAPSHOT_LIMITS, DISCLOSURES } from './snapshot';
export type { ReportSnapshot } from './snapshot';
export { runReportBatch } from './batch/pool';
export type { BatchOptions, BatchProgress, BatchSummary } from './batch/pool';
export type { ReportJob, ReportJobResult } from './batch/protocol';

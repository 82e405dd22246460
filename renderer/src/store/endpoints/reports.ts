import type { MethodInput, MethodOutput } from '../../../../shared/api';
import { api } from '../api';
import { bookQuery, mutation } from './define';

export type ReportRequest = MethodInput<'reports.generate'>;
export type PdfFile = MethodOutput<'reports.pdf'>;
export type DeliverRequest = MethodInput<'reports.deliver'>;
export type ReportActionRequest = MethodInput<'reports.recordAction'>;
export type SaveSurveyRequest = MethodInput<'reports.saveSurvey'>;
export type BatchRequest = MethodInput<'reports.batchStart'>;
export type ZipFile = MethodOutput<'reports.batchZip'>;

/**
 * A client's reports (`reports.*`), their PDFs and delivery, the needs survey, and batches. PDFs
 * and zips are dispatched untracked (`initiate(arg, { track: false })`): megabytes of base64
 * never belong in the store. A batch's status lives in reportBatchSlice.
 */
export const reportsApi = api.injectEndpoints({
  endpoints: (build) => ({
    reports: bookQuery(build, 'reports.list', { provides: ['Reports'] }),
    generateReport: mutation(build, 'reports.generate'),
    reportPdf: mutation(build, 'reports.pdf'),
    printReport: mutation(build, 'reports.print'),
    recordReportAction: mutation(build, 'reports.recordAction'),
    deliverReport: mutation(build, 'reports.deliver'),
    needsSurvey: bookQuery(build, 'reports.survey', { provides: ['Survey'] }),
    saveNeedsSurvey: mutation(build, 'reports.saveSurvey'),
    startBatch: mutation(build, 'reports.batchStart'),
    batchStatus: mutation(build, 'reports.batchStatus'),
    cancelBatch: mutation(build, 'reports.batchCancel'),
    batchZip: mutation(build, 'reports.batchZip'),
  }),
});

export const { useReportsQuery, useGenerateReportMutation, useDeliverReportMutation, useNeedsSurveyQuery, useSaveNeedsSurveyMutation } = reportsApi;

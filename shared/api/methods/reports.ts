import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import {
  batchInputSchema,
  batchStatusSchema,
  deliverInputSchema,
  needsSurveySchema,
  pdfFileSchema,
  reportActionInputSchema,
  reportLineSchema,
  reportRequestSchema,
} from '../reports';
import { defineMethods } from './define';
import { nothing } from './noInput';

const batchIdInput = z.object({ batchId: z.string().max(64) }).strict();

/** A client's reports, their PDFs and delivery, the needs survey, and batches for the book. */
export const reportsMethods = defineMethods({
  'reports.list': { input: z.object({ clientId: idSchema }).strict(), output: z.array(reportLineSchema) },
  /** Builds the report's snapshot from the book, renders it, stores both; answers the stored report. */
  'reports.generate': { input: reportRequestSchema, output: reportLineSchema, changes: ['reports', 'outbox'] },
  /** The stored report's PDF, rendered again from its snapshot (the same bytes: the hash is checked). */
  'reports.pdf': { input: z.object({ id: idSchema }).strict(), output: pdfFileSchema },
  /**
   * Prints through the host when it can: Electron prints the asking window (the renderer has put
   * the page images on its print sheet) through the system dialog and audits a confirmed print
   * (`printed`); `printedByHost: false` (the web host): the renderer prints with window.print.
   */
  'reports.print': { input: z.object({ id: idSchema }).strict(), output: z.object({ printedByHost: z.boolean(), printed: z.boolean() }) },
  'reports.recordAction': { input: reportActionInputSchema, output: nothing, changes: ['outbox'] },
  'reports.deliver': { input: deliverInputSchema, output: reportLineSchema, changes: ['reports', 'outbox'] },
  'reports.survey': { input: z.object({ clientId: idSchema }).strict(), output: needsSurveySchema.nullable() },
  'reports.saveSurvey': { input: z.object({ clientId: idSchema, survey: needsSurveySchema }).strict(), output: needsSurveySchema, changes: ['needs_surveys'] },
  'reports.batchStart': { input: batchInputSchema, output: batchStatusSchema },
  'reports.batchStatus': { input: batchIdInput, output: batchStatusSchema },
  'reports.batchCancel': { input: batchIdInput, output: batchStatusSchema },
  /** The batch's PDFs as one zip, for the web host's download. */
  'reports.batchZip': { input: batchIdInput, output: z.object({ filename: z.string(), base64: z.string() }) },
});

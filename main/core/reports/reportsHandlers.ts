import type { ReportDesk } from './reportDesk';
import { defineHandlers } from '../api/handlerKit';


/** A client's reports, their PDFs and delivery, the needs survey, and batches for the book. */
export const reportsHandlers = defineHandlers<{ reports: ReportDesk }>()('reports', {
  'reports.list': ({ clientId }, s) => s.reports.list(clientId),
  'reports.generate': { access: 'unlocked', runAsync: (request, s) => s.reports.generate(request) },
  'reports.pdf': { access: 'unlocked', runAsync: ({ id }, s) => s.reports.pdf(id) },
  // The core has no printer: it checks the report; Electron's shell prints (main/electron/hostPrint.ts).
  'reports.print': ({ id }, s) => {
    s.reports.line(id);
    return { printedByHost: false, printed: false };
  },
  'reports.recordAction': {
    access: 'unlocked',
    audit: ({ id, action }) => ({ action: action === 'printed' ? 'report_printed' : 'report_exported', entity: 'report', entityId: id }),
    run: ({ id }, s) => {
      s.reports.line(id);
      return null;
    },
  },
  'reports.deliver': {
    access: 'unlocked',
    audit: ({ id, channel }) => ({ action: 'report_delivered', entity: 'report', entityId: id, details: { channel } }),
    run: ({ id, channel }, s) => s.reports.deliver(id, channel),
  },
  'reports.survey': ({ clientId }, s) => s.reports.survey(clientId),
  'reports.saveSurvey': ({ clientId, survey }, s) => s.reports.saveSurvey(clientId, survey),
  'reports.batchStart': ({ kind, clients, printQueue }, s) => s.reports.startBatch(kind, clients, printQueue),
  'reports.batchStatus': ({ batchId }, s) => s.reports.batches.status(batchId),
  'reports.batchCancel': ({ batchId }, s) => s.reports.batches.cancel(batchId),
  'reports.batchZip': ({ batchId }, s) => s.reports.batches.zip(batchId),
});

import type { ApiResult } from '../../shared/api';
import { methods } from '../../shared/api';
import type { Dispatch } from '../core/api/dispatch';

/** The part of Electron's WebContents that prints: what the glue needs, so a test can stand in. */
export interface PrintingContents {
  print(options: { silent: boolean; printBackground: boolean; pageSize: 'A4'; margins: { marginType: 'none' } }, callback: (success: boolean, failureReason: string) => void): void;
}

/**
 * `reports.print` in Electron: the core checks the report (and answers that it has no printer);
 * then the window that asked prints through the system's dialog, A4, edge to edge: the renderer
 * has put the report's page images on its print sheet before asking. Only a print the dialog
 * confirms goes to the audit log (`printed`); a cancelled one does not.
 */
export async function printInWindow(dispatch: Dispatch, contents: PrintingContents, input: unknown): Promise<ApiResult<unknown>> {
  const checked = await dispatch('reports.print', input);
  if (!checked.ok) return checked;
  const { id } = methods['reports.print'].input.parse(input);
  const printed = await new Promise<boolean>((resolve) => {
    contents.print({ silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }, (success) => resolve(success));
  });
  if (printed) {
    const recorded = await dispatch('reports.recordAction', { id, action: 'printed' });
    if (!recorded.ok) return recorded;
  }
  return { ok: true, value: { printedByHost: true, printed } };
}

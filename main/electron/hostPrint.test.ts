import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/api';
import type { ApiResult } from '../../shared/api';
import type { Dispatch } from '../core/api/dispatch';
import type { PrintingContents } from './hostPrint';
import { printInWindow } from './hostPrint';

function setup(dialog: boolean, check: ApiResult<unknown> = { ok: true, value: { printedByHost: false, printed: false } }) {
  const calls: [string, unknown][] = [];
  const dispatch: Dispatch = vi.fn(async (method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    calls.push([String(method), input]);
    return method === 'reports.print' ? check : { ok: true, value: null };
  });
  const options: unknown[] = [];
  const contents: PrintingContents = {
    print: (printOptions, callback) => {
      options.push(printOptions);
      callback(dialog, dialog ? '' : 'cancelled');
    },
  };
  return { dispatch, contents, calls, options };
}

describe('printing in Electron', () => {
  it('checks the report, prints the window through the dialog on A4, and audits the confirmed print', async () => {
    const { dispatch, contents, calls, options } = setup(true);
    expect(await printInWindow(dispatch, contents, { id: 'R-1' })).toEqual({ ok: true, value: { printedByHost: true, printed: true } });
    expect(options).toEqual([{ silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }]);
    expect(calls).toEqual([
      ['reports.print', { id: 'R-1' }],
      ['reports.recordAction', { id: 'R-1', action: 'printed' }],
    ]);
  });

  it('does not audit a print the RM cancelled in the dialog', async () => {
    const { dispatch, contents, calls } = setup(false);
    expect(await printInWindow(dispatch, contents, { id: 'R-1' })).toEqual({ ok: true, value: { printedByHost: true, printed: false } });
    expect(calls.map(([method]) => method)).toEqual(['reports.print']);
  });

  it('prints nothing for a report the core refuses', async () => {
    const refused = { ok: false as const, error: new AppError('report.not_found').toApiError() };
    const { dispatch, contents, options } = setup(true, refused);
    expect(await printInWindow(dispatch, contents, { id: 'NOPE' })).toEqual(refused);
    expect(options).toEqual([]);
  });
});

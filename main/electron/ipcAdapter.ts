import { BrowserWindow, ipcMain } from 'electron';
import { AppError } from '../../shared/api';
import type { Core } from '../core/core';
import { log } from '../core/log';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './appOrigin';
import { printInWindow } from './hostPrint';
import { isTrustedSender } from './navigationPolicy';

/**
 * Serves the handler table over IPC. Only frames showing our own pages are answered; the core
 * validates the method and input, so nothing the renderer sends reaches the database unchecked.
 */
export function attachIpc(core: Core): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      log.warn('ipc.untrusted_sender', {});
      return { ok: false, error: new AppError('host.unauthorized').toApiError() };
    }
    // Printing is the shell's: the core checks the report, the asking window prints it.
    if (method === 'reports.print') return printInWindow(core.dispatch, event.sender, input);
    return core.dispatch(method, input);
  });
  const unsubscribe = core.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}

import type { WebContents } from 'electron';
import { BrowserWindow, ipcMain } from 'electron';
import { AppError } from '../../shared/api';
import type { SupervisedCore } from '../core/port/supervisedCore';
import { log } from '../core/log';
import { CORE_PORT_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from './appOrigin';
import { printInWindow } from './hostPrint';
import { isTrustedSender } from './navigationPolicy';

/**
 * What the main process still answers over IPC, for frames showing our own pages only: a
 * window's request for its port to the core, printing (the asking window prints; the core checks
 * the report), and the supervisor's own events to every window. Every other call goes over the
 * window's port, and the core validates each method and input.
 */
export function attachIpc(core: Pick<SupervisedCore, 'dispatch' | 'hostEvents'>, requestPort: (contents: WebContents) => void): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      log.warn('ipc.untrusted_sender', {});
      return { ok: false, error: new AppError('host.unauthorized').toApiError() };
    }
    // Printing is the shell's (HOST_METHODS): the core checks the report, the asking window prints it.
    if (method === 'reports.print') return printInWindow(core.dispatch, event.sender, input);
    return { ok: false, error: new AppError('request.unknown_method').toApiError() };
  });
  const onPortRequest = (event: Electron.IpcMainEvent) => {
    if (isTrustedSender(event.senderFrame?.url)) requestPort(event.sender);
    else log.warn('ipc.untrusted_sender', {});
  };
  ipcMain.on(CORE_PORT_CHANNEL, onPortRequest);
  const unsubscribe = core.hostEvents.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.off(CORE_PORT_CHANNEL, onPortRequest);
  };
}


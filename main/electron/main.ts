import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, session } from 'electron';
import type { WebContents } from 'electron';
import { errorKind, log } from '../core/log';
import type { SupervisedCore } from '../core/port/supervisedCore';
import { superviseCore } from '../core/port/supervisedCore';
import { APP_ENTRY_URL } from './appOrigin';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { denyPermissions, lockDownContents } from './contentsSecurity';
import { attachIpc } from './ipcAdapter';
import { electronNativeBinding } from './nativeBinding';
import { safeStorageKeyProvider } from './safeStorageKeyProvider';
import { spawnUtilityCore } from './utilityCore';
import { buildWindowOptions } from './windowOptions';
import { windowPorts } from './windowPorts';

/** Hosts whose https links may open in the system browser (none yet; IT may add the bank's). */
const EXTERNAL_HOSTS: readonly string[] = [];

// dist/electron/main.cjs → dist/renderer and the repository root in a checkout.
const distDir = path.join(__dirname, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const coreProcessPath = path.join(__dirname, 'coreProcess.cjs');

let booted: SupervisedCore | null = null;
let mainWindow: BrowserWindow | null = null;

// Tests and IT may place the data elsewhere; it must be set before anything reads userData.
if (process.env.ADVISOR_DESK_DATA_DIR) app.setPath('userData', path.resolve(process.env.ADVISOR_DESK_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  // A second start only brings the running window forward (see 'second-instance').
  app.quit();
} else {
  registerAppScheme();
  lockDownContents(app, EXTERNAL_HOSTS);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!booted) return;
    event.preventDefault();
    const closing = booted;
    booted = null;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  serveAppProtocol(rendererDir);
  Menu.setApplicationMenu(app.isPackaged ? Menu.buildFromTemplate([{ role: 'editMenu' }, { role: 'windowMenu' }]) : null);
  const dataDir = app.getPath('userData');
  // safeStorage exists only here: the key goes to the core's process raw, over its own channel.
  const key = safeStorageKeyProvider(dataDir).getKey().toString('hex');
  const nativeBinding = electronNativeBinding({
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    repoRoot: path.join(distDir, '..'),
    electronVersion: process.versions.electron,
  });
  let running: ReturnType<typeof spawnUtilityCore> | null = null;
  const core = await superviseCore({
    spawn: () => (running = spawnUtilityCore(coreProcessPath, { dataDir, appVersion: app.getVersion(), nativeBinding, key: { kind: 'raw', hex: key } })),
  });
  booted = core;
  const ports = windowPorts<WebContents>(core.hostEvents, () => running);
  attachIpc(core, (contents) => ports.request(contents));
  followTheComputer(core);
  mainWindow = new BrowserWindow(buildWindowOptions({ preloadPath, title: 'Advisor Desk 顾问工作台' }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}

/**
 * When the computer locks its screen or goes to sleep, the desk locks too (a laptop left in a
 * client's office); when it wakes, sync at once rather than at the next retry.
 */
function followTheComputer(core: SupervisedCore): void {
  const lock = () => void core.dispatch('session.lock', {});
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  powerMonitor.on('resume', () => void core.dispatch('sync.now', {}));
}

function fail(error: unknown): void {
  log.error('electron.start_failed', { kind: errorKind(error) });
  // The message is a developer's, often English: the RM gets a sentence in both languages, support the log and the detail.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  dialog.showErrorBox('顾问工作台无法启动 / Advisor Desk cannot start', `顾问工作台未能启动，请联系技术支持并提供以下信息。\nAdvisor Desk could not start. Please contact support with the details below.\n\n${detail}`);
  app.exit(1);
}

import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. Pure, so the hardening is unit-tested on machines without Electron:
 * an isolated, sandboxed renderer with no Node, web security on, and nothing but our preload.
 */
export function buildWindowOptions(options: { preloadPath: string; title: string }): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: options.title,
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

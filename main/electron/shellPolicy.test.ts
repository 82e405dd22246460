import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './appFiles';
import { APP_ENTRY_URL } from './appOrigin';
import { isAllowedExternal, isAllowedNavigation, isAllowedPermission, isTrustedSender } from './navigationPolicy';
import { buildWindowOptions } from './windowOptions';

describe('buildWindowOptions', () => {
  it('builds an isolated, sandboxed window without Node and with web security on', () => {
    const prefs = buildWindowOptions({ preloadPath: '/app/preload.cjs', title: 'x' }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('navigation policy', () => {
  it('allows only our own app:// pages', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://advisor-desk/index.html#/clients')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other-host/index.html', 'http://127.0.0.1:3000/', 'javascript:alert(1)', 'not a url', '']) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });

  it('answers IPC only for frames on our pages', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/inspector.html')).toBe(false);
  });

  it('opens external links only over https to allowed hosts', () => {
    const hosts = ['www.icbc.com.cn'];
    expect(isAllowedExternal('https://www.icbc.com.cn/page', hosts)).toBe(true);
    expect(isAllowedExternal('http://www.icbc.com.cn/page', hosts)).toBe(false);
    expect(isAllowedExternal('https://www.icbc.com.cn.evil.example/', hosts)).toBe(false);
    expect(isAllowedExternal('https://user:pw@www.icbc.com.cn/', hosts)).toBe(false);
    expect(isAllowedExternal('file:///C:/Windows/system32/calc.exe', hosts)).toBe(false);
    expect(isAllowedExternal('https://www.icbc.com.cn/', [])).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = path.resolve('/srv/renderer');
  it('maps app:// URLs into the renderer folder', () => {
    expect(resolveAppFile('app://advisor-desk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://advisor-desk/assets/index-abc.js?v=1', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    // the URL parser already folds a literal ../ at the root back into the root
    expect(resolveAppFile('app://advisor-desk/../index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://advisor-desk/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses anything that climbs out or is not ours', () => {
    for (const url of [
      'app://advisor-desk/assets/..%2f..%2fsecret',
      'app://advisor-desk/%00',
      'app://advisor-desk/%E0%A4%A',
      'app://elsewhere/index.html',
      'file:///srv/renderer/index.html',
    ]) {
      expect(resolveAppFile(url, root)).toBeNull();
    }
  });
});

describe('permissions', () => {
  it('grants our own pages notifications and nothing else; other origins nothing', () => {
    expect(isAllowedPermission('notifications', APP_ENTRY_URL)).toBe(true);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) expect(isAllowedPermission(permission, APP_ENTRY_URL)).toBe(false);
    expect(isAllowedPermission('notifications', 'https://example.com/')).toBe(false);
    expect(isAllowedPermission('notifications', undefined)).toBe(false);
  });
});

import type { App, Session } from 'electron';
import { shell } from 'electron';
import { isAllowedExternal, isAllowedNavigation, isAllowedPermission } from './navigationPolicy';

/**
 * Locks down every web contents the app creates: no navigation away from our pages, no new
 * windows (an allowed https link goes to the system browser instead), no <webview>.
 */
export function lockDownContents(app: App, externalHosts: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url, externalHosts)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** Every permission denied but notifications for our own pages (navigationPolicy.isAllowedPermission). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(isAllowedPermission(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
}

import { APP_ORIGIN } from './appOrigin';

/** The window may only ever show our own pages. */
export function isAllowedNavigation(url: string): boolean {
  return parsedOrigin(url) === APP_ORIGIN;
}

/** IPC is answered only for frames showing our own pages (ARCHITECTURE §2: main checks the sender). */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && isAllowedNavigation(frameUrl);
}

/**
 * Links that may open in the system browser: https only, and only to hosts IT has allowed
 * (empty by default). Everything else is dropped.
 */
export function isAllowedExternal(url: string, allowedHosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && allowedHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * The one permission our pages may have: desktop notifications, for a client's chat message while
 * the window is in the background. Camera, microphone, geolocation and the rest stay denied.
 */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'notifications' && requestingUrl !== undefined && isAllowedNavigation(requestingUrl);
}

function parsedOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Standard custom schemes have an origin of the form app://host; URL gives "null" for them, so build it.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

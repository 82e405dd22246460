import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Maps an `app://advisor-desk/...` URL to a file inside the built renderer, or null when the
 * URL is foreign or tries to climb out of that folder (`..`, encoded or not).
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  return file === root || !file.startsWith(root + path.sep) ? null : file;
}

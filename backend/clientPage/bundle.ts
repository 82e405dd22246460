import type { BuildOptions } from 'esbuild';
import { join } from 'node:path';

/**
 * How the client page's TypeScript becomes the one classic script index.html loads (`client.js`,
 * deferred, after socket.io's global client): one IIFE for the browser. Used by scripts/build.ts
 * for dist/clientPage/, and by backend/http/clientPageRoutes.ts when the backend runs from its
 * sources, so both serve the same thing. (Node code: it is not part of the page.)
 */
export const CLIENT_PAGE_ENTRY = 'client.ts';
export const CLIENT_PAGE_SCRIPT = 'client.js';
/** Served as they are. */
export const CLIENT_PAGE_STATIC_FILES = ['index.html', 'client.css'] as const;

export function clientPageBundleOptions(sourceDir: string): BuildOptions {
  return {
    entryPoints: [join(sourceDir, CLIENT_PAGE_ENTRY)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    // The page's Chinese text stays readable in the served file, which is sent as UTF-8.
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

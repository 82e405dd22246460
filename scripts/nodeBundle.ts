import type { BuildOptions } from 'esbuild';

/** How every Node entry is bundled (scripts/build.ts; the reports bench builds the report worker the same way). */
export function nodeBundleOptions(version: string): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // pdfmake (with pdfkit and fontkit) reads its data files from its own folder at run time: it
    // stays in node_modules, as do the native and Electron modules. ws tries the optional native
    // speed-ups at run time; we do not ship them. esbuild is imported by the client page's route
    // only when the backend runs from its sources.
    external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfmake', 'fontkit', 'bufferutil', 'utf-8-validate', 'esbuild'],
    // Code shared with the ESM sources finds files next to itself through `import.meta.url`; in a
    // CommonJS bundle that is the bundle's own file (reports/ resolves its font and worker by it).
    define: { ADVISOR_DESK_VERSION: JSON.stringify(version), 'import.meta.url': '__bundleFileUrl' },
    banner: { js: 'const __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
}

import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_PAGE_SCRIPT, clientPageBundleOptions } from '../clientPage/bundle';
import { WireHttpError } from './errors';

/**
 * Where the client page's files are: backend/clientPage/ beside the sources. In a bundle,
 * `import.meta.url` is the bundle's own file, so this is `dist/clientPage/` for every
 * `dist/<entry>/` bundle; the build puts the page there (its script already bundled).
 */
export const DEFAULT_CLIENT_PAGE_DIR = fileURLToPath(new URL('../clientPage/', import.meta.url));

/** The page's files and their types: a fixed list, so no request can name another file. */
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  [CLIENT_PAGE_SCRIPT]: 'text/javascript; charset=utf-8',
  'client.css': 'text/css; charset=utf-8',
};

/**
 * Scripts and styles from this origin only, no inline script: a message that smuggles HTML in
 * could not run even if the page ever inserted it as markup. Images and the report viewer use
 * blob: URLs made from authenticated fetches; data: is there for the page's empty favicon only.
 */
const CSP = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const bundledFromSources = new Map<string, Promise<Buffer>>();

/**
 * The page's script. A bundle's dist/clientPage/ holds client.js, made by scripts/build.ts, and it
 * is served as it is. Running from the sources (`tsx backend/cli.ts`, Vitest), backend/clientPage/
 * holds only the TypeScript: it is bundled here, once per folder and process, with the build's own
 * options. esbuild is a dev dependency and is imported only on that path, which a bundle never
 * takes (its folder has client.js and no sources), so the shipped app never needs it.
 */
async function pageScript(dir: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, CLIENT_PAGE_SCRIPT));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let built = bundledFromSources.get(dir);
  if (!built) {
    built = import('esbuild').then(async ({ build }) => {
      const result = await build({ ...clientPageBundleOptions(dir), write: false });
      const [output] = result.outputFiles;
      if (!output) throw new Error('client page: esbuild wrote nothing');
      return Buffer.from(output.contents);
    });
    bundledFromSources.set(dir, built);
    // A failed build (a syntax error while editing) is tried again on the next request.
    built.catch(() => bundledFromSources.delete(dir));
  }
  return built;
}

/** `GET /client/`: the demo client app (static HTML and CSS, and its script). */
export function registerClientPageRoutes(app: FastifyInstance, dir: string): void {
  const serve = async (name: string) => {
    const type = FILES[name];
    if (type === undefined) throw new WireHttpError(404, 'NOT_FOUND', `route: no GET /client/${name}`);
    return { type, body: name === CLIENT_PAGE_SCRIPT ? await pageScript(dir) : await readFile(join(dir, name)) };
  };
  app.get('/client', async (_request, reply) => reply.redirect('/client/'));
  app.get('/client/', async (_request, reply) => {
    const file = await serve('index.html');
    return reply.header('content-type', file.type).header('content-security-policy', CSP).send(file.body);
  });
  app.get('/client/:file', async (request, reply) => {
    const file = await serve((request.params as { file: string }).file);
    return reply.header('content-type', file.type).header('x-content-type-options', 'nosniff').send(file.body);
  });
}

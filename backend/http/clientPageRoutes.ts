import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WireHttpError } from './errors';

/**
 * Where the client page's files are: backend/clientPage/ beside the sources. In a bundle,
 * `import.meta.url` is the bundle's own file, so this is `dist/clientPage/` for every
 * `dist/<entry>/` bundle; the build copies the folder there.
 */
export const DEFAULT_CLIENT_PAGE_DIR = fileURLToPath(new URL('../clientPage/', import.meta.url));

/** The page's files and their types: a fixed list, so no request can name another file. */
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'client.js': 'text/javascript; charset=utf-8',
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

/** `GET /client/`: the demo client app (static HTML, vanilla JS and CSS, no build step). */
export function registerClientPageRoutes(app: FastifyInstance, dir: string): void {
  const serve = async (name: string) => {
    const type = FILES[name];
    if (type === undefined) throw new WireHttpError(404, 'NOT_FOUND', `route: no GET /client/${name}`);
    return { type, body: await readFile(join(dir, name)) };
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

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Sizes in kilobytes of 1,000 bytes, as Vite reports them; gzip at its default level (6), as servers send it. */
export interface JsFile {
  name: string;
  rawKb: number;
  gzipKb: number;
}

/** Chunks only the pages with a chart or a PDF preview may load (vite.config.ts names them). */
export const PAGE_ONLY_LIBRARIES = /echarts|zrender|pdfjs|pdf\.worker/;

function sizeOf(rendererDir: string, relative: string): JsFile {
  const bytes = fs.readFileSync(path.join(rendererDir, relative));
  return { name: relative, rawKb: bytes.length / 1000, gzipKb: zlib.gzipSync(bytes).length / 1000 };
}

/** The built files behind the URL paths a page requested (each once), largest first. */
export function requestedJs(rendererDir: string, pathnames: readonly string[]): JsFile[] {
  return [...new Set(pathnames)].map((pathname) => sizeOf(rendererDir, pathname.replace(/^\//, ''))).sort((a, b) => b.gzipKb - a.gzipKb);
}

/** Every JavaScript file of the built renderer: each chunk, the lazy ones and pdf.js's worker included. */
export function allJs(rendererDir: string): JsFile[] {
  const assets = path.join(rendererDir, 'assets');
  return fs
    .readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => sizeOf(rendererDir, `assets/${file}`))
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

export const totalGzipKb = (files: readonly JsFile[]) => files.reduce((sum, file) => sum + file.gzipKb, 0);

/** A table of files (name, raw KB, gzip KB) and their total, on stderr beside the figures. */
export function printJs(title: string, files: readonly JsFile[]): void {
  const width = Math.max(30, ...files.map((file) => file.name.length));
  const row = (name: string, raw: string, gzip: string) => `    ${name.padEnd(width)}  ${raw.padStart(9)}  ${gzip.padStart(9)}\n`;
  const kb = (n: number) => n.toFixed(1);
  if (files.length === 0) return void process.stderr.write(`  ${title}: none\n`);
  process.stderr.write(`  ${title}\n${row('file', 'raw KB', 'gzip KB')}`);
  for (const file of files) process.stderr.write(row(file.name, kb(file.rawKb), kb(file.gzipKb)));
  process.stderr.write(row('total', kb(files.reduce((sum, file) => sum + file.rawKb, 0)), kb(totalGzipKb(files))));
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** For the report tests: poppler-utils read the PDFs we render (installed by .ci/run). */

export const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');

/** The text of a PDF, laid out as on the page (-layout keeps table rows on one line). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Saves a PDF and its first page as a PNG (80 dpi) under reports/artifacts/, for a human to look at. */
export function saveArtifact(name: string, pdf: Buffer): { pdf: string; png: string } {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, `${name}-p1`)]);
  return { pdf: file, png: path.join(ARTIFACTS, `${name}-p1.png`) };
}

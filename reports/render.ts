import crypto from 'node:crypto';
import { buildReportDefinition } from './document/definition';
import { PLAIN_FONT, REPORT_FONT } from './fonts';
import { reportPdfmake } from './pdfmake';
import { parseSnapshot } from './validate';

export interface RenderOptions {
  /** The bench baseline: the same pages without charts, in a built-in PDF font (no CJK glyphs). */
  plain?: boolean;
}

export interface RenderedReport {
  pdf: Buffer;
  pages: number;
  /** SHA-256 of `pdf`, hex: stored with the snapshot, it proves a reprint is the same document. */
  sha256: string;
}

/**
 * A report's PDF from its snapshot. The snapshot is validated first (ReportInputError when it is
 * not one, or is over the limits). Deterministic: the same snapshot gives the same bytes, since
 * the PDF's dates and file id derive from `generatedAt` and nothing random is drawn.
 */
export async function renderReportPdf(snapshot: unknown, options: RenderOptions = {}): Promise<RenderedReport> {
  const valid = parseSnapshot(snapshot);
  const definition = buildReportDefinition(valid, { charts: !options.plain, font: options.plain ? PLAIN_FONT : REPORT_FONT });
  // The footer is asked for once per page with the page count: the cheapest way to learn it.
  let pages = 0;
  const footer = definition.footer;
  if (typeof footer === 'function') {
    definition.footer = (current, count, size) => {
      pages = count;
      return footer(current, count, size);
    };
  }
  const pdf = await reportPdfmake().createPdf(definition).getBuffer();
  return { pdf, pages, sha256: crypto.createHash('sha256').update(pdf).digest('hex') };
}

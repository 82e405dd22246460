import crypto from 'node:crypto';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../testing/reportSnapshots';
import { buildReportDefinition } from './document/definition';
import { REPORT_FONT, REPORT_FONT_FILES } from './fonts';
import { reportPdfmake } from './pdfmake';
import { parseSnapshot } from './validate';

const hash = (pdf: Buffer) => crypto.createHash('sha256').update(pdf).digest('hex');

describe('fonts from memory with shared decoded tables', () => {
  it('change no byte of the PDF', async () => {
    const snapshot = parseSnapshot(reportSnapshot({ kind: 'annual_wealth' }));
    const definition = () => buildReportDefinition(snapshot, { charts: true, font: REPORT_FONT });
    // pdfmake as it comes, reading the font files for each document: rendered before anything is shared.
    pdfmake.setFonts({ [REPORT_FONT]: { ...REPORT_FONT_FILES } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    const asItComes = hash(await pdfmake.createPdf(definition()).getBuffer());

    const shared = [hash(await reportPdfmake().createPdf(definition()).getBuffer()), hash(await reportPdfmake().createPdf(definition()).getBuffer())];
    expect(shared).toEqual([asItComes, asItComes]);
  });
});

import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSnapshot } from '../../testing/reportSnapshots';
import { makeTempDir } from '../../testing/tempDir';
import { pdfText } from '../pdfText.testing';
import { renderReportPdf } from '../render';
import { mergePrintQueue } from './printQueue';

const temp = makeTempDir('print-queue');
afterAll(() => temp.cleanup());

describe('the print queue of a batch', () => {
  it('holds every page of the reports in the order given, and the same reports give the same file', async () => {
    const snapshots = [reportSnapshot({ seed: 3 }), reportSnapshot({ seed: 1, kind: 'annual_wealth' })];
    const rendered = [];
    for (const [index, snapshot] of snapshots.entries()) {
      const result = await renderReportPdf(snapshot);
      fs.writeFileSync(temp.file(`${index}.pdf`), result.pdf);
      rendered.push(result);
    }
    const files = [temp.file('0.pdf'), temp.file('1.pdf')];

    const { pages } = await mergePrintQueue(files, temp.file('queue.pdf'));
    expect(pages).toBe(rendered[0]!.pages + rendered[1]!.pages);
    const merged = fs.readFileSync(temp.file('queue.pdf'));
    expect((await PDFDocument.load(merged)).getPageCount()).toBe(pages);
    const text = pdfText(merged);
    const [first, second] = snapshots.map((s) => text.indexOf(s.reportNo!)); // the number each report prints (schema 3)
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first!);

    await mergePrintQueue(files, temp.file('again.pdf'));
    expect(fs.readFileSync(temp.file('again.pdf')).equals(merged)).toBe(true);
  });
});

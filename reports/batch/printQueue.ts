import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';

/**
 * One PDF of a batch's reports in the given order (the roster's), for the branch printer's queue.
 * Pages are copied, not re-rendered. The work yields between documents, so a long merge on the
 * core's thread does not hold up the RM's other requests.
 */
export async function mergePrintQueue(files: readonly string[], outPath: string): Promise<{ pages: number }> {
  // No producer or dates written: the same reports give the same file.
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const file of files) {
    const source = await PDFDocument.load(fs.readFileSync(file));
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const bytes = await merged.save({ updateFieldAppearances: false });
  fs.writeFileSync(`${outPath}.part`, bytes);
  fs.renameSync(`${outPath}.part`, outPath);
  return { pages: merged.getPageCount() };
}

import { loadPdfjs } from './pdfjs';
import './print.css';

/** Print resolution: sharp text on paper, and a 100-page report still fits in memory. */
const PRINT_DPI = 150;
const PDF_POINTS_PER_INCH = 72;

/** A report's pages laid out for printing, ready for whichever side prints them. */
export interface PrintSheet {
  /** Opens the browser's print dialog here; the sheet goes when printing ends. */
  printHere(): void;
  /** Takes the sheet away (after the host printed it). */
  remove(): void;
}

/**
 * Lays a PDF out for printing from the page itself, in Electron and in any browser alike: pdf.js
 * draws each page as an image, the images go into a sheet that the print style sheet shows alone
 * (print.css, `body.printing-pages`, print media only). Then either the host prints the window
 * (Electron: the system dialog, A4) or `printHere` opens the browser's. No PDF viewer plugin,
 * frame or blob document is needed, which the hardened window and the CSP would refuse.
 */
export async function preparePrintSheet(bytes: Uint8Array): Promise<PrintSheet> {
  const urls = await pageImages(bytes);
  const sheet = document.createElement('div');
  sheet.className = 'print-sheet';
  sheet.setAttribute('aria-hidden', 'true');
  const images = urls.map((url) => {
    const image = document.createElement('img');
    image.src = url;
    image.alt = '';
    return image;
  });
  sheet.append(...images);
  document.body.append(sheet);
  const remove = () => {
    document.body.classList.remove('printing-pages');
    sheet.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  };
  try {
    await Promise.all(images.map((image) => image.decode()));
  } catch (error) {
    remove();
    throw error;
  }
  document.body.classList.add('printing-pages');
  return {
    printHere: () => {
      window.addEventListener('afterprint', remove, { once: true });
      window.print();
    },
    remove,
  };
}

async function pageImages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  // pdf.js hands the buffer to its worker: give it a copy, the caller keeps the bytes.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const urls: string[] = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: PRINT_DPI / PDF_POINTS_PER_INCH });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      urls.push(URL.createObjectURL(await pngOf(canvas)));
      page.cleanup();
    }
    return urls;
  } catch (error) {
    for (const url of urls) URL.revokeObjectURL(url);
    throw error;
  } finally {
    void doc.destroy();
  }
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be drawn for printing.'))), 'image/png');
  });
}

import type * as PdfJs from 'pdfjs-dist';

let loading: Promise<typeof PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (its own chunk, `pdfjs-lib` in vite.config.ts) with its worker
 * bundled by Vite as a plain `.js` asset: both hosts serve it from the app's own origin, which
 * the CSP's `worker-src 'self'` allows, and no host has to know the `.mjs` MIME type. One worker
 * serves every document.
 */
export function loadPdfjs(): Promise<typeof PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')])
    .then(([pdfjs, { default: PdfWorker }]) => {
      pdfjs.GlobalWorkerOptions.workerPort ??= new PdfWorker();
      return pdfjs;
    })
    .catch((error: unknown) => {
      // A chunk that failed to load (say, an update replaced it) may load on the next try.
      loading = null;
      throw error;
    });
  return loading;
}

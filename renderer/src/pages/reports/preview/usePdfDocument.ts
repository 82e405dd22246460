import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { loadPdfjs } from './pdfjs';

export interface PdfDocumentState {
  doc: PDFDocumentProxy | null;
  /** Height over width of page 1, so pages not drawn yet take their place. */
  aspect: number;
  error: Error | null;
}

/** A4 portrait, until page 1 says otherwise. */
const A4_ASPECT = 297 / 210;

/** Opens PDF bytes with pdf.js; the document is destroyed when the bytes change or the view goes. */
export function usePdfDocument(bytes: Uint8Array | null): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState & { bytes: Uint8Array | null }>({ bytes: null, doc: null, aspect: A4_ASPECT, error: null });
  useEffect(() => {
    if (!bytes) return undefined;
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    void (async () => {
      try {
        const pdfjs = await loadPdfjs();
        // pdf.js hands the buffer to its worker (detached here): give it a copy, the caller keeps the bytes for saving.
        // No eval: the CSP forbids it, and pdf.js would otherwise try it and log a violation.
        const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
        if (cancelled) {
          void doc.destroy();
          return;
        }
        opened = doc;
        const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
        if (!cancelled) setState({ bytes, doc, aspect: viewport.height / viewport.width, error: null });
      } catch (error) {
        if (!cancelled) setState({ bytes, doc: null, aspect: A4_ASPECT, error: error instanceof Error ? error : new Error(String(error)) });
      }
    })();
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [bytes]);
  // What is held was opened from other bytes until this effect has answered.
  if (state.bytes !== bytes) return { doc: null, aspect: A4_ASPECT, error: null };
  return { doc: state.doc, aspect: state.aspect, error: state.error };
}

import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../../hooks/useNearViewport';

interface PdfPageCanvasProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  /** CSS pixels the page is drawn across. */
  width: number;
  /** Height over width, for the space a page takes before it is drawn. */
  aspect: number;
  /** The scroll box the pages scroll in. */
  scroller: Element | null;
}

/** Pages this far beyond the visible area are drawn ahead of the scroll. */
const DRAW_AHEAD = '800px 0px';

/** One page on a canvas, drawn at the screen's pixel density once it nears the visible area. */
export function PdfPageCanvas({ doc, pageNumber, pageCount, width, aspect, scroller }: PdfPageCanvasProps) {
  const { t } = useTranslation();
  const [placeRef, near] = useNearViewport<HTMLElement>(scroller, DRAW_AHEAD);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawnWidth, setDrawnWidth] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!near || !canvas || width <= 0) return undefined;
    let task: RenderTask | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        task = page.render({ canvas, viewport });
        await task.promise;
        if (!cancelled) setDrawnWidth(width);
      } catch (error) {
        // A render cancelled by a resize or by leaving is not a failure.
        if (!cancelled && !(error instanceof Error && error.name === 'RenderingCancelledException')) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, width, near]);

  const caption = t('reportPage.pageOf', { page: pageNumber, total: pageCount });
  return (
    <figure className="pdf-page" ref={placeRef} style={{ width }}>
      <canvas
        ref={canvasRef}
        data-testid="pdf-page-canvas"
        data-page={pageNumber}
        data-rendered={drawnWidth !== null}
        data-failed={failed}
        role="img"
        aria-label={caption}
        className="pdf-page-canvas"
        style={{ width, height: Math.round(width * aspect) }}
      />
      <figcaption data-testid="pdf-page-caption" className="pdf-page-caption tabular-nums">
        {caption}
      </figcaption>
    </figure>
  );
}

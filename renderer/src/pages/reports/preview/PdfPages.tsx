import { Alert, Flex, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementSize } from '../../../hooks/useElementSize';
import { PdfPageCanvas } from './PdfPageCanvas';
import { usePdfDocument } from './usePdfDocument';

/** Pages are never drawn wider than this, however wide the window. */
const MAX_PAGE_WIDTH = 900;
/** Room for the page's own scroll bar. */
const SCROLLBAR_ROOM = 24;

/** Every page of a PDF in a scroll box, one under the other, each drawn when it is scrolled near. */
export function PdfPages({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const { doc, aspect, error } = usePdfDocument(bytes);
  const [measureRef, area] = useElementSize<HTMLDivElement>();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const scrollerRef = useCallback(
    (element: HTMLDivElement | null) => {
      setScroller(element);
      return measureRef(element);
    },
    [measureRef],
  );
  const width = Math.min(area.width - SCROLLBAR_ROOM, MAX_PAGE_WIDTH);

  // pdf.js's own words are English and for developers: the RM reads that the file could not be shown.
  if (error) return <Alert data-testid="pdf-error" type="error" showIcon title={t('reportPage.pdfFailed')} description={t('reportPage.pdfUnreadable')} />;
  return (
    <div ref={scrollerRef} data-testid="pdf-pages" data-page-count={doc?.numPages ?? 0} className="pdf-pages">
      {doc && width > 0 ? (
        <Flex vertical align="center" gap={16}>
          <span data-testid="pdf-page-count" className="text-secondary">
            {t('reportPage.pageCount', { total: doc.numPages })}
          </span>
          {Array.from({ length: doc.numPages }, (_, index) => (
            <PdfPageCanvas key={index + 1} doc={doc} pageNumber={index + 1} pageCount={doc.numPages} width={width} aspect={aspect} scroller={scroller} />
          ))}
        </Flex>
      ) : (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('reportPage.loadingPdf')} />
        </Flex>
      )}
    </div>
  );
}

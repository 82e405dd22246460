import type { Content, DynamicBackground, DynamicContent, Watermark } from './pdfTypes';
import type { ReportSnapshot } from '../snapshot';
import { REPORT_KIND_LABELS } from '../text/labels';
import { COLORS } from './styles';

/** A4 in points, and margins that leave room for the header and footer. */
export const PAGE_WIDTH = 595.28;
export const PAGE_MARGINS: [number, number, number, number] = [48, 62, 48, 54];

/** The confidentiality mark and the report's name on every page. */
export function header(snapshot: ReportSnapshot): DynamicContent {
  // On the cover the header sits on the brand band, so it is drawn light.
  return (current: number) => ({
    columns: [
      { text: '机密 · 仅供客户本人参阅', bold: true, color: current === 1 ? '#ffffff' : COLORS.warn, fontSize: 8 },
      { text: `${REPORT_KIND_LABELS[snapshot.kind]} · ${snapshot.asOf}`, alignment: 'right', color: current === 1 ? '#dbe6f5' : COLORS.muted, fontSize: 8 },
    ],
    margin: [48, 28, 48, 0],
  });
}

/** 第 x 页 / 共 y 页, and the report's number for finding the stored snapshot. */
export function footer(snapshot: ReportSnapshot): DynamicContent {
  return (current: number, count: number): Content => ({
    columns: [
      { text: `报告编号 ${snapshot.reportId}`, color: COLORS.muted, fontSize: 7.5 },
      { text: `第 ${current} 页 / 共 ${count} 页`, alignment: 'right', color: COLORS.muted, fontSize: 8 },
    ],
    margin: [48, 18, 48, 0],
  });
}

/** The brand band behind the cover's title (first page only). */
export function background(): DynamicBackground {
  return (current: number): Content => (current === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE_WIDTH, h: 228, color: COLORS.brand }] } : '');
}

/** A light diagonal mark on every page: who produced the copy, as of when. */
export function watermark(snapshot: ReportSnapshot, font: string): Watermark {
  return { text: `${snapshot.advisor.id} · ${snapshot.asOf}`, color: COLORS.brand, opacity: 0.05, fontSize: 34, angle: -40, font } as Watermark;
}

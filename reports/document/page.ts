import type { Content, DynamicBackground, DynamicContent, Watermark } from './pdfTypes';
import type { ReportSnapshot } from '../snapshot';
import { REPORT_KIND_LABELS } from '../text/labels';
import { printable } from '../text/printable';
import { textWidth } from './fit';
import { COLORS } from './styles';

/** A4 in points, and margins that leave room for the header and footer. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
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
      // Schema 3 prints the short number (reportNumber.ts); 1 and 2 printed the id, and reprint so.
      { text: `报告编号 ${snapshot.schema >= 3 ? (snapshot.reportNo ?? snapshot.reportId) : snapshot.reportId}`, color: COLORS.muted, fontSize: 7.5 },
      { text: `第 ${current} 页 / 共 ${count} 页`, alignment: 'right', color: COLORS.muted, fontSize: 8 },
    ],
    margin: [48, 18, 48, 0],
  });
}

/** The brand band behind the cover's title (first page only). */
export function background(): DynamicBackground {
  return (current: number): Content => (current === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE_WIDTH, h: 228, color: COLORS.brand }] } : '');
}

/**
 * A light diagonal mark on every page. Schema 3: whose copy it is, in words the client reads
 * ("仅供 王雅琴 本人参阅 · 2026-11-28"), sized so the turned line stays inside the margins whatever
 * the name's length. Schemas 1 and 2 marked the advisor's id, and reprint so.
 */
export function watermark(snapshot: ReportSnapshot, font: string): Watermark {
  if (snapshot.schema < 3) return { text: `${snapshot.advisor.id} · ${snapshot.asOf}`, color: COLORS.brand, opacity: 0.05, fontSize: 34, angle: -40, font } as Watermark;
  const text = `仅供 ${printable(snapshot.client.name)} 本人参阅 · ${snapshot.asOf}`;
  return { text, color: COLORS.brand, opacity: 0.05, fontSize: watermarkSize(text), angle: -40, font } as Watermark;
}

/** The printable area (inside PAGE_MARGINS), less a little: the box of the turned watermark must fit in it. */
const MARK_BOX = { width: PAGE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2] - 20, height: PAGE_HEIGHT - PAGE_MARGINS[1] - PAGE_MARGINS[3] - 20 };

/** 34 pt, or less for a long name: a line w long and h high turned by 40° takes w·cos + h·sin across and w·sin + h·cos down. */
function watermarkSize(text: string): number {
  const [cos, sin] = [Math.cos((40 * Math.PI) / 180), Math.sin((40 * Math.PI) / 180)];
  const width = textWidth(text) * 1.04;
  const height = 1.3; // pdfmake's line height at 1 pt, with room
  const fits = Math.min(MARK_BOX.width / (width * cos + height * sin), MARK_BOX.height / (width * sin + height * cos));
  return Math.min(34, Math.floor(fits * 2) / 2);
}

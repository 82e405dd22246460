import type { FontkitFont } from '../fontTables';
import { openFont } from '../fontTables';
import { REPORT_FONT_FILES } from '../fonts';

/** What of fontkit measuring needs (fontTables.ts types only what it uses itself). */
type MeasuringFont = FontkitFont & { unitsPerEm: number; glyphForCodePoint(codePoint: number): { advanceWidth: number } };

const fonts: Partial<Record<'normal' | 'bold', MeasuringFont>> = {};
const advances = { normal: new Map<number, number>(), bold: new Map<number, number>() };

/** The width of `text` in the report font at 1 pt (one line: line breaks count as nothing). */
export function textWidth(text: string, bold = false): number {
  const weight = bold ? 'bold' : 'normal';
  const cache = advances[weight];
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint === 10) continue;
    let advance = cache.get(codePoint);
    if (advance === undefined) {
      const font = (fonts[weight] ??= openFont(REPORT_FONT_FILES[weight]) as MeasuringFont);
      advance = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      cache.set(codePoint, advance);
    }
    width += advance;
  }
  return width;
}

/**
 * The font size at which `text` takes at most `lines` lines of `width` points: `size` when it
 * does already, smaller down to `min`. Below `min` the text wraps onto more lines (pdfmake breaks
 * it, long words too), so a field of any length stays inside the printable area.
 */
export function fitSize(text: string, { size, min, width, lines = 1, bold = false }: { size: number; min: number; width: number; lines?: number; bold?: boolean }): number {
  const longest = Math.max(0, ...text.split('\n').map((line) => textWidth(line, bold)));
  if (longest === 0) return size;
  // 4 % slack: line breaks fall between words, so a line is rarely filled to the last point.
  const fitting = (width * lines) / (longest * 1.04);
  return Math.max(min, Math.min(size, Math.floor(fitting * 4) / 4));
}

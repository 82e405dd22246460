import type { FontkitFont } from '../fontTables';
import { openFont } from '../fontTables';
import { REPORT_FONT_FILES } from '../fonts';

let font: FontkitFont | null = null;
const known = new Map<number, boolean>();

/**
 * Whether the report font draws a code point. Characters it lacks (emoji, rare CJK extension B)
 * would print blank, so {@link printable} writes them as code points instead. The font's cmap is
 * read once per thread, lazily; answers are cached because reports repeat the same characters.
 */
export function fontCovers(codePoint: number): boolean {
  const cached = known.get(codePoint);
  if (cached !== undefined) return cached;
  font ??= openFont(REPORT_FONT_FILES.normal);
  const covers = font.hasGlyphForCodePoint(codePoint);
  known.set(codePoint, covers);
  return covers;
}

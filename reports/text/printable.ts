import { fontCovers } from './coverage';

/**
 * Text from the snapshot as it is printed: literally, never interpreted. pdfmake does not read
 * markup, so `<script>` prints as those characters. What would print as nothing, or reorder the
 * line, is shown as its code point instead, so a reader sees that it is there: bidi overrides
 * and isolates, zero-width characters, other controls, and anything the font has no glyph for
 * (emoji). Line breaks are kept (CR LF and CR become LF), tabs become a space.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const codePoint = char.codePointAt(0) as number;
    if (char === '\n' || char === ' ') out += char;
    else if (char === '\t') out += ' ';
    else if (isInvisible(char) || !fontCovers(codePoint)) out += `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
    else out += char;
  }
  return out;
}

/** Controls (Cc), format characters (Cf: bidi controls, zero-width space and joiners, BOM), separators other than space. */
function isInvisible(char: string): boolean {
  return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char);
}

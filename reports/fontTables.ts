import fs from 'node:fs';
import { createRequire } from 'node:module';

/** The little of fontkit (pdfkit's font engine, a dependency of ours too) used here; it ships no types. */
export interface FontkitFont {
  stream: { buffer: Uint8Array };
  hasGlyphForCodePoint(codePoint: number): boolean;
  _decodeTable(table: { tag: string }): unknown;
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(bytes: Uint8Array): FontkitFont };

/** The little of pdfkit's document used here (pdfkit ships no types). */
interface PdfkitDocument {
  _registeredFonts: Record<string, unknown>;
  registerFont(name: string, src: Uint8Array): unknown;
  font(src: unknown, ...rest: unknown[]): unknown;
}

/** A font file's bytes, read once per thread: always the same Buffer, so its decoded tables are shared. */
const files = new Map<string, Buffer>();
export function fontBytes(file: string): Buffer {
  let bytes = files.get(file);
  if (!bytes) files.set(file, (bytes = fs.readFileSync(file)));
  return bytes;
}

export function openFont(file: string): FontkitFont {
  shareDecodedFontTables();
  return fontkit.create(fontBytes(file));
}

const shared = new WeakMap<Uint8Array, Map<string, unknown>>();
let installed = false;

/**
 * pdfkit parses the embedded font afresh for every document: with a 10 MB CJK font, decoding its
 * tables (cmap, GSUB, GPOS, hmtx…) is a large part of a report's time and garbage. The decoded
 * tables depend only on the font's bytes, and fontkit treats them as read-only (a subset clones
 * what it changes), so they are shared between documents: per font buffer, the first document
 * decodes a table and later ones reuse it. The PDF is the same, byte for byte, whatever the
 * thread rendered before (warmRenderer.test.ts). The font objects themselves are not shared: a
 * fontkit glyph keeps the characters of the first text that used it, and glyphs serving several
 * characters (・ and ·, the two spaces) would carry one report's into the next one's text layer. fontkit has no hook for this; `_decodeTable` is the one method every
 * table goes through, so it is wrapped once per thread.
 */
export function shareDecodedFontTables(): void {
  if (installed) return;
  installed = true;
  const sample = fontBytes(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  const prototype = Object.getPrototypeOf(fontkit.create(sample)) as FontkitFont;
  const decode = prototype._decodeTable;
  prototype._decodeTable = function decodeShared(this: FontkitFont, table) {
    let tables = shared.get(this.stream.buffer);
    if (!tables) shared.set(this.stream.buffer, (tables = new Map()));
    if (!tables.has(table.tag)) tables.set(table.tag, decode.call(this, table));
    return tables.get(table.tag);
  };
}

let fromMemory = false;

/**
 * Makes pdfkit take these font files from memory: pdfkit reads a font file from disk for every
 * document, and again for every chart text (svg-to-pdfkit asks for the font by its path each time,
 * and pdfkit does not remember a path whose font it found under another name). Each document
 * registers the bytes under the path on first use, so text and charts share one embedded font
 * per document, from bytes read once per thread whose tables are decoded once (above).
 */
export function loadFontsFromMemory(files: readonly string[]): void {
  if (fromMemory) return;
  fromMemory = true;
  shareDecodedFontTables();
  const paths = new Set(files);
  const prototype = (require('pdfkit') as { prototype: PdfkitDocument }).prototype;
  const font = prototype.font;
  prototype.font = function fontFromMemory(this: PdfkitDocument, src: unknown, ...rest: unknown[]) {
    if (typeof src === 'string' && paths.has(src) && !this._registeredFonts[src]) this.registerFont(src, fontBytes(src));
    return font.call(this, src, ...rest);
  };
}

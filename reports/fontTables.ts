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

/** The little of pdfkit's document and its embedded font used here (pdfkit ships no types). */
interface PdfkitDocument {
  _registeredFonts: Record<string, unknown>;
  _font: PdfkitFont | null;
  registerFont(name: string, src: Uint8Array): unknown;
  font(src: unknown, ...rest: unknown[]): unknown;
}
interface PdfkitFont {
  font?: FontkitFont & { createSubset(): unknown };
  subset?: unknown;
  layoutCache?: Record<string, unknown>;
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
 * decodes a table and later ones reuse it. The PDF is the same, byte for byte (render.test.ts
 * checks a known hash). fontkit has no hook for this; `_decodeTable` is the one method every
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
    const ours = typeof src === 'string' && paths.has(src);
    if (ours && !this._registeredFonts[src]) this.registerFont(src, fontBytes(src));
    const result = font.call(this, src, ...rest);
    if (ours && this._font) shareAcrossDocuments(this._font, fontBytes(src));
    return result;
  };
}

const SHARED = Symbol('shared across documents');
const sharedFonts = new Map<Buffer, { font: NonNullable<PdfkitFont['font']>; layouts: Record<string, unknown>; size: number }>();
/** Distinct words laid out and kept per font, before the cache starts again (a batch's names and figures vary). */
const MAX_SHARED_LAYOUTS = 20_000;

/**
 * Each document's embedded font gets its own fontkit font and layout cache: every report shapes
 * the same headings, labels and digits again through the CJK font's GSUB/GPOS lookups, and
 * decodes the same glyphs again. One fontkit font per font file and one layout cache per font are
 * shared by the documents of a thread instead; each document keeps its own subset, widths and
 * glyph ids (pdfkit's encode reads the shared runs and writes only its own), so the PDF is the
 * same, byte for byte (render.test.ts checks a known hash).
 */
function shareAcrossDocuments(embedded: PdfkitFont & { [SHARED]?: true }, bytes: Buffer): void {
  if (embedded[SHARED] || !embedded.font || !embedded.layoutCache) return;
  embedded[SHARED] = true;
  let shared = sharedFonts.get(bytes);
  if (!shared || shared.size > MAX_SHARED_LAYOUTS) sharedFonts.set(bytes, (shared = { font: shared?.font ?? embedded.font, layouts: Object.create(null) as Record<string, unknown>, size: 0 }));
  if (embedded.font !== shared.font) {
    embedded.font = shared.font;
    embedded.subset = shared.font.createSubset();
  }
  const entry = shared;
  embedded.layoutCache = new Proxy(shared.layouts, {
    set(target, key, value) {
      entry.size += 1;
      return Reflect.set(target, key, value);
    },
  });
}

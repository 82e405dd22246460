import pdfmake from 'pdfmake';
import { loadFontsFromMemory } from './fontTables';
import { PLAIN_FONT, PLAIN_FONT_FILES, REPORT_FONT, REPORT_FONT_FILES } from './fonts';

let ready = false;

/**
 * pdfmake (a process-wide singleton) with our two font families, and no access to anything
 * else: no URLs at all, and of the local files only the font files (a snapshot cannot name an
 * image or a file to embed, but the policies make sure of it).
 */
export function reportPdfmake(): typeof pdfmake {
  if (!ready) {
    // pdfmake asks about the built-in font names too, as if they were files.
    const allowed = new Set<string>([...Object.values(REPORT_FONT_FILES), ...Object.values(PLAIN_FONT_FILES)]);
    // The CJK font is read once and its tables decoded once per thread: see fontTables.ts.
    loadFontsFromMemory(Object.values(REPORT_FONT_FILES));
    pdfmake.setFonts({ [REPORT_FONT]: { ...REPORT_FONT_FILES }, [PLAIN_FONT]: { ...PLAIN_FONT_FILES } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
    ready = true;
  }
  return pdfmake;
}

import { createRequire } from 'node:module';

/**
 * The embedded CJK font (ARCHITECTURE §6): Noto Sans SC as TrueType, regular and bold. pdfkit
 * subsets it, so a report carries only the glyphs it uses. Resolved through node's module lookup,
 * which works from the TS sources and from the CommonJS bundles in dist/ (scripts/build.ts gives
 * them an `import.meta.url`); pdfkit reads the files itself, also from inside an asar archive.
 */
const require = createRequire(import.meta.url);

export const REPORT_FONT = 'NotoSansSC';

export const REPORT_FONT_FILES = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** The built-in PDF font of the plain (bench baseline) rendering: nothing embedded. */
export const PLAIN_FONT = 'Helvetica';
export const PLAIN_FONT_FILES = { normal: 'Helvetica', bold: 'Helvetica-Bold' } as const;

import type { Content, createPdf } from 'pdfmake';

/**
 * pdfmake's document types, reached through the package's own entry: its `interfaces` module
 * exists only in @types/pdfmake, which the layer check (dependency-cruiser) cannot resolve.
 */
export type { Content, CustomTableLayout, TableCell } from 'pdfmake';
export type TDocumentDefinitions = Parameters<typeof createPdf>[0];
export type StyleDictionary = NonNullable<TDocumentDefinitions['styles']>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- picks the function member of a union
export type DynamicContent = Extract<NonNullable<TDocumentDefinitions['header']>, Function>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- picks the function member of a union
export type DynamicBackground = Extract<NonNullable<TDocumentDefinitions['background']>, Function>;
export type Watermark = Exclude<NonNullable<TDocumentDefinitions['watermark']>, string>;
export type Column = Extract<Content, { columns: unknown }>['columns'][number];

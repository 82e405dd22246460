import type { Column, Content, TableCell } from './pdfTypes';
import { REPORT_FONT } from '../fonts';
import { COLORS, DATA_TABLE } from './styles';

/** The sections of a report, in print order; each section's title carries its key as `id`. */
export const SECTION_KEYS = [
  'cover',
  'summary',
  'allocation',
  'holdings',
  'performance',
  'suitability',
  'concentration',
  'rebalancing',
  'service',
  'survey',
  'plan',
  'notes',
  'advisor',
  'disclosures',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A numbered section title with a rule under it; kept with what follows it. */
export function sectionTitle(key: SectionKey, number: number, text: string): Content {
  return {
    stack: [
      named(key, { text: [{ text: `${String(number).padStart(2, '0')}  `, color: COLORS.muted }, text], style: 'sectionTitle' }),
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 499, y2: 2, lineWidth: 1, lineColor: COLORS.brand }], margin: [0, 0, 0, 8] },
    ],
    unbreakable: true,
  };
}

/**
 * A node named `section-<key>`: pdfmake's `id` (left out of its types), which tests read to find
 * the sections in order.
 */
export function named<T extends Content>(key: SectionKey, node: T): T {
  return Object.assign(node, { id: `section-${key}` });
}

export type Align = 'left' | 'right' | 'center';

/** A data table: a header row repeated on every page, cells in the cell style, columns aligned as given. */
export function dataTable(header: readonly string[], rows: readonly TableCell[][], widths: readonly (number | string)[], align: readonly Align[]): Content {
  // `{}` is the placeholder a colSpan leaves; it must stay empty.
  const cell = (value: TableCell, column: number): TableCell =>
    typeof value === 'string'
      ? { text: value, style: 'cell', alignment: align[column] ?? 'left' }
      : Object.keys(value).length === 0
        ? value
        : ({ style: 'cell', alignment: align[column] ?? 'left', ...(value as object) } as TableCell);
  return {
    table: {
      headerRows: 1,
      // A header row alone at the foot of a page reads as a broken table.
      keepWithHeaderRows: 1,
      widths: [...widths],
      body: [header.map((text, column) => ({ text, style: 'tableHeader', alignment: align[column] ?? 'left' })), ...rows.map((row) => row.map(cell))],
    },
    layout: DATA_TABLE,
  };
}

/**
 * A chart of `width` × `height` points, or in the plain rendering a tinted box of the same size,
 * so both lay out the same pages. The SVG is only drawn when needed.
 */
export function chart(charts: boolean, draw: () => string, width: number, height: number): Column {
  return charts ? { svg: draw(), width, font: REPORT_FONT } : { canvas: [{ type: 'rect', x: 0, y: 0, w: width, h: height, color: COLORS.band }], width };
}

/** A line of text in the muted style, for "none found" and footnotes. */
export function note(text: string): Content {
  return { text, style: 'muted', margin: [0, 2, 0, 4] };
}

/** A small coloured square, as a legend key. */
export function swatch(color: string): Column {
  return { canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, r: 1.5, color }], width: 12 };
}

/** Text that is a finding (red, bold). */
export function flag(text: string): Content & TableCell {
  return { text, style: 'warn' };
}

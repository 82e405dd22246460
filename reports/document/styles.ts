import type { CustomTableLayout, StyleDictionary } from './pdfTypes';
import { BRAND_PRIMARY } from '../../shared/theme/palette';

/** The report's look: one brand colour, greys for structure, red only for findings. */
export const COLORS = {
  brand: BRAND_PRIMARY,
  ink: '#1f2937',
  muted: '#6b7280',
  rule: '#d9dee7',
  band: '#f3f6fa',
  warn: '#c0392b',
  ok: '#2e7d32',
} as const;

export const STYLES: StyleDictionary = {
  sectionTitle: { fontSize: 14, bold: true, color: BRAND_PRIMARY, margin: [0, 18, 0, 2] },
  subTitle: { fontSize: 10.5, bold: true, color: '#1f2937', margin: [0, 10, 0, 4] },
  body: { fontSize: 9.5, color: '#1f2937', lineHeight: 1.35 },
  muted: { fontSize: 8.5, color: '#6b7280' },
  tableHeader: { fontSize: 8.5, bold: true, color: '#374151' },
  cell: { fontSize: 8.5, color: '#1f2937' },
  warn: { color: '#c0392b', bold: true },
};

/** Tables: a tinted header row, hairlines between rows, no vertical lines. */
export const DATA_TABLE: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? '#9aa7b8' : '#e3e7ee'),
  fillColor: (row) => (row === 0 ? '#eef2f8' : null),
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
  paddingLeft: () => 5,
  paddingRight: () => 5,
};

/** Boxes without lines (cards, key figures). */
export const BOX: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingTop: () => 8,
  paddingBottom: () => 8,
  paddingLeft: () => 10,
  paddingRight: () => 10,
};

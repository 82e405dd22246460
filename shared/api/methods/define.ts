import type { z } from 'zod';

/**
 * Tables named in `data:changed` and in a method's `changes`, so views refetch only what moved.
 * `needs_surveys` is local only (never synced); the others mirror the bank's or the desk's tables.
 */
export const DATA_TABLES = [
  'advisors',
  'clients',
  'products',
  'holdings',
  'interactions',
  'reports',
  'model_portfolios',
  'nav_series',
  'chat_messages',
  'needs_surveys',
  'outbox',
  'conflicts',
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/**
 * One method of the contract. `changes` names the tables a successful call writes: the core
 * announces them (`data:changed`) and nudges the push when `outbox` is among them; the renderer
 * refreshes the views those tables feed. Declared once here, so the two sides cannot drift.
 */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  changes?: readonly DataTable[];
}

/** Keeps each feature's method table literal (for the types) while checking its shape. */
export function defineMethods<const T extends Record<string, MethodSpec>>(methods: T): T {
  return methods;
}

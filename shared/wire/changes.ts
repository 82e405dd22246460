import { z } from 'zod';
import { advisorSchema, clientSchema, holdingSchema, interactionSchema, modelPortfolioSchema, navSeriesSchema, productSchema, reportSchema } from '../domain/entities';

/** The most changes one page may carry; the backend caps `limit` to this. */
export const MAX_CHANGES_PAGE = 5000;
export const DEFAULT_CHANGES_PAGE = 1000;

/**
 * The cursor is the bank's change sequence as a decimal string. The desk treats it as opaque
 * except to refuse a page whose cursor goes backwards.
 */
export const cursorSchema = z.string().regex(/^\d{1,18}$/, 'a decimal sequence number');

/** `GET /sync/changes?cursor=&limit=` query. No cursor means "from the beginning". */
export const changesQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_PAGE).default(DEFAULT_CHANGES_PAGE),
});
export type ChangesQuery = z.infer<typeof changesQuerySchema>;

const seq = z.number().int().positive();

/**
 * One change: the whole current record of an entity, with the sequence at which it last
 * changed. A deletion is the record with `deleted: true`, so every change has the same shape.
 */
export const changeSchema = z.discriminatedUnion('entity', [
  z.object({ seq, entity: z.literal('advisor'), data: advisorSchema }),
  z.object({ seq, entity: z.literal('product'), data: productSchema }),
  z.object({ seq, entity: z.literal('client'), data: clientSchema }),
  z.object({ seq, entity: z.literal('holding'), data: holdingSchema }),
  z.object({ seq, entity: z.literal('interaction'), data: interactionSchema }),
  z.object({ seq, entity: z.literal('model_portfolio'), data: modelPortfolioSchema }),
  z.object({ seq, entity: z.literal('nav_series'), data: navSeriesSchema }),
  z.object({ seq, entity: z.literal('report'), data: reportSchema }),
]);
export type Change = z.infer<typeof changeSchema>;
export type ChangeEntity = Change['entity'];

export const changesPageSchema = z.object({
  changes: z.array(changeSchema).max(MAX_CHANGES_PAGE),
  /** The cursor to ask with next; equal to the last change's seq, or the asked cursor on an empty page. */
  cursor: cursorSchema,
  hasMore: z.boolean(),
  /**
   * How many of the advisor's changes lay after `cursor` when the page was served (0 with
   * `hasMore: false`), so a desk can show a first sync as a percentage. A hint only: it grows
   * when the bank changes records meanwhile, and older backends do not send it.
   */
  remaining: z.number().int().nonnegative().optional(),
});
export type ChangesPage = z.infer<typeof changesPageSchema>;

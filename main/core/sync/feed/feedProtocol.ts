import { z } from 'zod';
import type { ChangesPage } from '../../../../shared/wire';
import { changesPageSchema } from '../../../../shared/wire';
import type { BankErrorKind } from '../bankClient';

/**
 * The feed worker's messages (feedWorker.ts). The pages it sends were checked against the wire
 * schema in the worker, where they crossed the bank's boundary; here the envelope and the page's
 * own fields (cursor, hasMore, remaining) are checked, not its changes one by one: checking 5,000
 * records twice would cost the core's thread what the worker is there to take off it.
 */
export const FEED_WORKER_BUNDLE = 'feedWorker.cjs';
/** For runs from the TypeScript sources (tests, benches): the bundled feed worker to use. */
export const FEED_WORKER_ENV = 'ADVISOR_DESK_FEED_WORKER';

/** Core → worker: where to start, and how many pages it may fetch before the core asks for more. */
export interface FeedStart {
  kind: 'start';
  baseUrl: string;
  cursor: string;
  pageSize: number;
  ahead: number;
  token: string;
}

/** Core → worker: one more page may be fetched (the core took one), with the access token to use. */
export interface FeedCredit {
  kind: 'credit';
  token: string;
}

export type ToFeedWorker = FeedStart | FeedCredit;

/** Every kind, so a kind added to BankErrorKind must be added here (the record says so). */
const BANK_ERROR_KINDS: Record<BankErrorKind, true> = { network: true, server: true, unauthorized: true, rejected: true, bad_response: true, too_large: true };
const bankErrorKinds = Object.keys(BANK_ERROR_KINDS) as [BankErrorKind, ...BankErrorKind[]];

/** A page whose changes were checked in the worker (see above). */
const checkedPageSchema = changesPageSchema.extend({ changes: z.custom<ChangesPage['changes']>((value) => Array.isArray(value)) });

export const fromFeedWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), page: checkedPageSchema }),
  /** The worker's own failure (not the bank's): the core fetches the rest itself. */
  z.object({ kind: z.literal('broken'), reason: z.string() }),
  z.object({
    kind: z.literal('error'),
    error: z.object({ kind: z.enum(bankErrorKinds), message: z.string(), status: z.number().int().optional(), retryAfterSec: z.number().optional() }),
  }),
]);
export type FromFeedWorker = z.infer<typeof fromFeedWorkerSchema>;

/**
 * Whether a page says another follows. An empty page that claims more would loop for ever: it
 * ends the round (incomplete). The worker, the core's thread and the pull all stop by this rule.
 */
export function pageSaysMore(page: Pick<ChangesPage, 'hasMore' | 'changes'>): boolean {
  return page.hasMore && page.changes.length > 0;
}

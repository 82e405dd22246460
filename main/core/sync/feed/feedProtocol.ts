import { z } from 'zod';
import type { ChangesPage } from '../../../../shared/wire';
import type { BankErrorKind } from '../bankClient';

/**
 * The feed worker's messages (feedWorker.ts). The pages it sends were checked against the wire
 * schema in the worker, where they crossed the bank's boundary; here only the envelope is checked,
 * since checking a page twice would cost the core's thread what the worker is there to take off it.
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

const bankErrorKinds = ['network', 'server', 'unauthorized', 'rejected', 'bad_response', 'too_large'] as const satisfies readonly BankErrorKind[];

export const fromFeedWorkerSchema = z.discriminatedUnion('kind', [
  // The page itself was parsed by changesPageSchema in the worker (see above).
  z.object({ kind: z.literal('page'), page: z.custom<ChangesPage>((value) => typeof value === 'object' && value !== null) }),
  z.object({
    kind: z.literal('error'),
    error: z.object({ kind: z.enum(bankErrorKinds), message: z.string(), status: z.number().int().optional(), retryAfterSec: z.number().optional() }),
  }),
]);
export type FromFeedWorker = z.infer<typeof fromFeedWorkerSchema>;

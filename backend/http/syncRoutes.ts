import type { FastifyInstance } from 'fastify';
import { changesQuerySchema } from '../../shared/wire/changes';
import type { BackendStore, ServedChangesPage } from '../store';
import { authenticate } from './bearer';
import { WireHttpError } from './errors';
import { dropEmptyParams, parseInput } from './validate';

export interface SyncRouteOptions {
  store: BackendStore;
  now: () => Date;
}

/**
 * `GET /sync/changes?cursor=&limit=`: the advisor's changes after `cursor`, oldest first, and how
 * many remain after the page (`remaining`), so a desk can show its first sync as a percentage.
 */
export function registerSyncRoutes(app: FastifyInstance, { store, now }: SyncRouteOptions): void {
  app.get('/sync/changes', async (request): Promise<ServedChangesPage> => {
    const advisorId = authenticate(request, store, now());
    const query = parseInput(changesQuerySchema, dropEmptyParams(request.query), 'query');
    // The cursor may have up to 18 digits, beyond 2^53: compare as BigInt before narrowing.
    const cursor = BigInt(query.cursor ?? '0');
    if (cursor > BigInt(store.headSeq())) {
      // The desk holds a cursor this store never issued (the backend was reset or replaced).
      // Answering "nothing new" would leave it stale for ever; it must re-sync from scratch.
      throw new WireHttpError(409, 'CONFLICT', 'cursor: ahead of the server sequence; re-sync without a cursor');
    }
    return store.changesSince(advisorId, Number(cursor), query.limit);
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MutationsResponse } from '../../shared/wire/mutations';
import { MAX_MUTATIONS_BODY_BYTES, MAX_MUTATIONS_PER_REQUEST, mutationsRequestSchema, mutationsResponseSchema } from '../../shared/wire/mutations';
import type { BackendStore } from '../store';
import { authenticate } from './bearer';
import { WireHttpError } from './errors';
import { parseInput } from './validate';

export interface MutationRouteOptions {
  store: BackendStore;
  now: () => Date;
}

/**
 * Too many mutations is a size limit (413 LIMIT), not a malformed request (400): the desk must
 * split the batch, not park it. Checked before the envelope schema, whose max() would say 400.
 */
function refuseTooMany(body: unknown): void {
  const items = typeof body === 'object' && body !== null && 'mutations' in body ? body.mutations : undefined;
  if (Array.isArray(items) && items.length > MAX_MUTATIONS_PER_REQUEST) {
    throw new WireHttpError(413, 'LIMIT', `mutations: at most ${MAX_MUTATIONS_PER_REQUEST} per request, got ${items.length}`);
  }
}

/**
 * `POST /sync/mutations`: the desk's outbox. Each mutation is applied (or not) on its own, in
 * request order, and answered in request order; one bad mutation never fails its neighbours.
 */
export function registerMutationRoutes(app: FastifyInstance, { store, now }: MutationRouteOptions): void {
  const advisorOf = new WeakMap<FastifyRequest, string>();
  app.post(
    '/sync/mutations',
    {
      bodyLimit: MAX_MUTATIONS_BODY_BYTES,
      // Authenticate before the body is read, so a stranger cannot make us buffer a megabyte.
      onRequest: async (request) => {
        advisorOf.set(request, authenticate(request, store, now()));
      },
    },
    async (request): Promise<MutationsResponse> => {
      const advisorId = advisorOf.get(request);
      if (advisorId === undefined) throw new Error('POST /sync/mutations reached without authentication');
      refuseTooMany(request.body);
      const { mutations } = parseInput(mutationsRequestSchema, request.body, 'body');
      // One instant for the batch: every record it touches carries the same updatedAt.
      const at = now();
      const results = mutations.map((mutation) => store.applyMutation(advisorId, mutation, at));
      // The answer is checked too: a result the desk could not parse would stall its outbox.
      return mutationsResponseSchema.parse({ results });
    },
  );
}

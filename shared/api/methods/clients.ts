import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import { client360Schema, revealInputSchema } from '../client360';
import { clientDetailSchema, clientUpdateInputSchema } from '../models';
import { clientSearchInputSchema, rosterPageInputSchema, rosterPageSchema, searchHitSchema } from '../roster';
import { defineMethods } from './define';
import { noInput } from './noInput';

/** The roster, search, a client's record and 360 page. */
export const clientsMethods = defineMethods({
  'clients.page': { input: rosterPageInputSchema, output: rosterPageSchema },
  'clients.search': { input: clientSearchInputSchema, output: z.array(searchHitSchema) },
  /** Every tag used in the book, for the roster's filter. */
  'clients.tags': { input: noInput, output: z.array(z.string()) },
  'clients.get': { input: z.object({ id: idSchema }).strict(), output: clientDetailSchema },
  'clients.get360': { input: z.object({ id: idSchema }).strict(), output: client360Schema },
  /** Shows one personal identifier in full; a deliberate act, written to the audit log. */
  'clients.reveal': { input: revealInputSchema, output: z.object({ value: z.string().nullable() }), changes: ['outbox'] },
  'clients.update': { input: clientUpdateInputSchema, output: clientDetailSchema, changes: ['clients', 'outbox'] },
});

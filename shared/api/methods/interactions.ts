import { z } from 'zod';
import { idSchema } from '../../domain/primitives';
import { interactionLogInputSchema, interactionRowSchema, interactionUpdateInputSchema } from '../models';
import { defineMethods } from './define';

/** Contacts with a client: the timeline and what counts toward 12-4-2-1. */
export const interactionsMethods = defineMethods({
  'interactions.list': { input: z.object({ clientId: idSchema }).strict(), output: z.array(interactionRowSchema) },
  'interactions.log': { input: interactionLogInputSchema, output: interactionRowSchema, changes: ['interactions', 'outbox'] },
  'interactions.update': { input: interactionUpdateInputSchema, output: interactionRowSchema, changes: ['interactions', 'outbox'] },
  'interactions.delete': { input: z.object({ id: idSchema }).strict(), output: interactionRowSchema, changes: ['interactions', 'outbox'] },
});

import type { MethodInput } from '../../../../shared/api';
import { api } from '../api';
import { bookQuery, mutation } from './define';

export type InteractionLogRequest = MethodInput<'interactions.log'>;
export type InteractionUpdateRequest = MethodInput<'interactions.update'>;

/** A client's contacts (`interactions.*`): the timeline, and what counts toward 12-4-2-1. */
export const interactionsApi = api.injectEndpoints({
  endpoints: (build) => ({
    interactions: bookQuery(build, 'interactions.list', { provides: ['Interactions'] }),
    logInteraction: mutation(build, 'interactions.log'),
    updateInteraction: mutation(build, 'interactions.update'),
    deleteInteraction: mutation(build, 'interactions.delete'),
  }),
});

export const { useInteractionsQuery, useLogInteractionMutation, useUpdateInteractionMutation, useDeleteInteractionMutation } = interactionsApi;

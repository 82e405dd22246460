import type { MethodInput } from '../../../../shared/api';
import { api } from '../api';
import { bookQuery, mutation, query } from './define';

export type ConflictResolveRequest = MethodInput<'conflicts.resolve'>;

/** Sync with the bank (`sync.*`, `conflicts.*`): the status, the outbox, refused changes and conflicts. */
export const syncApi = api.injectEndpoints({
  endpoints: (build) => ({
    syncStatus: query(build, 'sync.status', { provides: ['Sync'] }),
    syncNow: mutation(build, 'sync.now'),
    syncResync: mutation(build, 'sync.resync'),
    outbox: bookQuery(build, 'sync.outbox', { provides: ['Outbox'] }),
    retryParked: mutation(build, 'sync.retryParked'),
    discardParked: mutation(build, 'sync.discardParked'),
    conflicts: bookQuery(build, 'conflicts.list', { provides: ['Conflicts'] }),
    resolveConflict: mutation(build, 'conflicts.resolve'),
  }),
});

export const {
  useSyncStatusQuery,
  useSyncNowMutation,
  useSyncResyncMutation,
  useOutboxQuery,
  useRetryParkedMutation,
  useDiscardParkedMutation,
  useConflictsQuery,
  useResolveConflictMutation,
} = syncApi;

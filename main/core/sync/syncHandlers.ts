import type { LocalChanges } from './localChanges';
import type { SyncEngine } from './syncEngine';
import { defineHandlers } from '../api/handlerKit';
import { errorKind, log } from '../log';

/** What the sync handlers use of the session. */
interface SyncSession {
  sync: SyncEngine;
  localChanges: LocalChanges;
}

/** Sync with the bank, the outbox, refused changes and conflicts. */
export const syncHandlers = defineHandlers<SyncSession>()('sync', {
  // The status shows no client data: answered while locked too.
  'sync.status': { access: 'signedIn', run: (_input, s) => s.sync.current() },
  'sync.now': { access: 'signedIn', runAsync: (_input, s) => s.sync.syncNow() },
  'sync.resync': (_input, s) => {
    // Its outcome shows in sync:status; a failure is the status's too, never an unhandled rejection.
    s.sync.resync().catch((error: unknown) => log.warn('sync.resync_failed', { kind: errorKind(error) }));
    return s.sync.current();
  },
  'sync.outbox': (_input, s) => s.localChanges.outbox(),
  'sync.retryParked': ({ id }, s) => {
    s.localChanges.retryParked(id);
    return s.sync.current();
  },
  'sync.discardParked': ({ id }, s) => {
    s.localChanges.discardParked(id);
    return s.sync.current();
  },
  'conflicts.list': (_input, s) => s.localChanges.conflicts(),
  'conflicts.resolve': {
    access: 'unlocked',
    audit: ({ id, choice }, s) => {
      const target = s.localChanges.conflictTarget(id);
      return target && { action: 'conflict_resolved', entity: target.entity, entityId: target.entityId, details: { choice } };
    },
    run: ({ id, choice }, s) => {
      s.localChanges.resolve(id, choice);
      return s.sync.current();
    },
  },
});

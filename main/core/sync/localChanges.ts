import type { ConflictItem, OutboxItem } from '../../../shared/api';
import type { Db } from '../db/types';
import { outboxItems } from '../outbox/outboxItems';
import type { ChangeApplier } from './applyChanges';
import { conflictTarget, listConflicts, resolveConflict } from './conflicts';
import { discardParked, retryParked } from './parked';

/** The RM's own changes on their way to the bank: the outbox, the refused ones, the conflicts. */
export function createLocalChanges(deps: { db: Db; applier: ChangeApplier }) {
  const { db, applier } = deps;
  return {
    outbox: (): OutboxItem[] => outboxItems(db),
    retryParked: (id: string): void => retryParked(db, id),
    discardParked: (id: string): void => discardParked(db, applier, id),
    conflicts: (): ConflictItem[] => listConflicts(db),
    /** The record a conflict is about, for its audit entry; null when there is no such conflict. */
    conflictTarget: (id: string) => conflictTarget(db, id),
    resolve: (id: string, choice: 'mine' | 'theirs'): void => resolveConflict(db, applier, id, choice),
  };
}

export type LocalChanges = ReturnType<typeof createLocalChanges>;

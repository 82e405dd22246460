import { useMemo } from 'react';
import type { ConflictItem, OutboxItem } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useConflictsQuery, useOutboxQuery } from '../../store/endpoints/sync';

const NO_OUTBOX: OutboxItem[] = [];
const NO_CONFLICTS: ConflictItem[] = [];

/**
 * The outbox and the conflicts, refetched when `data:changed` names them or the engine's counts
 * move (see store/events). Parked items are the outbox's refused ones.
 */
export function useSyncLists() {
  const arg = useAdvisorArg();
  const outbox = useOutboxQuery(arg);
  const conflicts = useConflictsQuery(arg);
  const outboxItems = outbox.data ?? NO_OUTBOX;
  const parked = useMemo(() => outboxItems.filter((item) => item.status === 'parked'), [outboxItems]);
  return {
    outbox: outboxItems,
    parked,
    conflicts: conflicts.data ?? NO_CONFLICTS,
    outboxLoading: outbox.isLoading,
    conflictsLoading: conflicts.isLoading,
    error: asApiError(outbox.error) ?? asApiError(conflicts.error),
    retry: () => {
      void outbox.refetch();
      void conflicts.refetch();
    },
  };
}

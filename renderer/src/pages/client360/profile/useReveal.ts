import { useState } from 'react';
import { toApiError } from '../../../api/errors';
import type { RevealRequest } from '../../../store/endpoints/clients';
import { clientsApi } from '../../../store/endpoints/clients';
import { useAppDispatch } from '../../../store/hooks';

/**
 * One identifier shown in full after a deliberate request (the host writes the audit entry).
 * The value lives in this component's state only: untracked, so never in the store, and gone
 * when the page unmounts (another client, the lock screen, sign-out).
 */
export function useReveal(clientId: string, field: RevealRequest['field']) {
  const dispatch = useAppDispatch();
  // undefined: still masked; null: the host has no value on record.
  const [value, setValue] = useState<string | null | undefined>(undefined);

  const reveal = async () => {
    try {
      const result = await dispatch(clientsApi.endpoints.revealIdentifier.initiate({ id: clientId, field }, { track: false })).unwrap();
      setValue(result.value);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  };

  return { revealed: value !== undefined, value: value ?? null, reveal, hide: () => setValue(undefined) };
}

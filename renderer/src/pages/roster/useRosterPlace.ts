import type { TableRef } from 'antd/es/table';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rosterPlaceMemory } from './rosterPlace';

/**
 * Keeps the roster's scroll position and the client last opened from it, so coming back from a
 * client's page lands where the RM left (same advisor, sort and filter), with that row focused
 * for the keyboard. A new sort or filter starts at the top.
 */
export function useRosterPlace(signature: string, hasRows: boolean) {
  const tableRef = useRef<TableRef>(null);
  const scrollTop = useRef(0);
  const openedId = useRef<string | null>(null);
  const signatureRef = useRef(signature);
  const [recalled] = useState(() => rosterPlaceMemory.recall(signature));
  const restored = useRef(false);

  // Another sort or filter: a different list, from its top.
  useEffect(() => {
    if (signatureRef.current === signature) return;
    signatureRef.current = signature;
    scrollTop.current = 0;
    openedId.current = null;
    restored.current = true;
    tableRef.current?.scrollTo({ top: 0 });
  }, [signature]);

  // Back on the roster: once rows are here, scroll to where the RM was and focus the row they opened.
  useEffect(() => {
    if (restored.current || !recalled || !hasRows) return;
    restored.current = true;
    tableRef.current?.scrollTo({ top: recalled.scrollTop });
    const clientId = recalled.clientId;
    if (!clientId) return;
    const frame = requestAnimationFrame(() => {
      const row = tableRef.current?.nativeElement.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(clientId)}"]`);
      row?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [recalled, hasRows]);

  useEffect(
    () => () => rosterPlaceMemory.remember({ signature: signatureRef.current, scrollTop: scrollTop.current, clientId: openedId.current }),
    [],
  );

  const onScrollTop = useCallback((top: number) => {
    scrollTop.current = top;
  }, []);
  const onOpened = useCallback((clientId: string) => {
    openedId.current = clientId;
  }, []);

  return { tableRef, onScrollTop, onOpened };
}

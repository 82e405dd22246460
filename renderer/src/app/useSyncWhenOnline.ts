import { useEffect } from 'react';
import { syncApi } from '../store/endpoints/sync';
import { useAppDispatch } from '../store/hooks';

/**
 * When the computer's network comes back (the browser's `online` event, which Electron's renderer
 * also fires), sync at once instead of waiting for the next retry, so changes made offline reach
 * the bank as soon as they can.
 */
export function useSyncWhenOnline(): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    const onOnline = () => void dispatch(syncApi.endpoints.syncNow.initiate(undefined, { track: false }));
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [dispatch]);
}

import { useCallback } from 'react';
import { clientDrawerClosed } from '../store/drawerSlice';
import { useAppDispatch } from '../store/hooks';
import { navigate } from './routes';

/** Opens a client's 360 page (`#/clients/<id>`); a drawer left open over the old page closes. */
export function useOpenClient(): (clientId: string) => void {
  const dispatch = useAppDispatch();
  return useCallback(
    (clientId: string) => {
      dispatch(clientDrawerClosed());
      navigate('clients', clientId);
    },
    [dispatch],
  );
}
